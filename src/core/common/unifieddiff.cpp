#include "unifieddiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace cbw::core {

namespace {

// Lines including their '\n' (the last may have none), so "x" and "x\n" differ as in diff.
QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

// Myers' O(ND) algorithm in linear space (the "middle snake" refinement of the paper),
// over line ids. run() gives, for each line of a, the index of its match in b or -1.
class MyersMatcher
{
public:
    MyersMatcher(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
        , m_match(a.size(), -1)
    {}

    std::vector<int> run()
    {
        compare(0, int(m_a.size()), 0, int(m_b.size()));
        return m_match;
    }

private:
    struct Snake
    {
        int x0, y0, x1, y1; // local coordinates, (x0,y0) -> (x1,y1) along a diagonal
    };

    void compare(int a0, int a1, int b0, int b1)
    {
        while (a0 < a1 && b0 < b1 && m_a[size_t(a0)] == m_b[size_t(b0)]) {
            m_match[size_t(a0)] = b0;
            ++a0;
            ++b0;
        }
        while (a0 < a1 && b0 < b1 && m_a[size_t(a1 - 1)] == m_b[size_t(b1 - 1)]) {
            m_match[size_t(a1 - 1)] = b1 - 1;
            --a1;
            --b1;
        }
        if (a0 == a1 || b0 == b1)
            return; // only deletions or only insertions left
        const Snake s = middleSnake(a0, a1, b0, b1);
        compare(a0, a0 + s.x0, b0, b0 + s.y0);
        for (int i = 0; i < s.x1 - s.x0; ++i)
            m_match[size_t(a0 + s.x0 + i)] = b0 + s.y0 + i;
        compare(a0 + s.x1, a1, b0 + s.y1, b1);
    }

    Snake middleSnake(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0;
        const int m = b1 - b0;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int dmax = (n + m + 1) / 2;
        const int offset = dmax + 1;
        std::vector<int> vf(size_t(2 * offset + 1), 0);
        std::vector<int> vb(size_t(2 * offset + 1), 0);
        const auto at = [offset](std::vector<int> &v, int k) -> int & {
            return v[size_t(k + offset)];
        };
        for (int d = 0; d <= dmax; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && at(vf, k - 1) < at(vf, k + 1))) ? at(vf, k + 1)
                                                                               : at(vf, k - 1) + 1;
                int y = x - k;
                const int sx = x;
                const int sy = y;
                while (x < n && y < m && m_a[size_t(a0 + x)] == m_b[size_t(b0 + y)]) {
                    ++x;
                    ++y;
                }
                at(vf, k) = x;
                const int kb = delta - k; // the same diagonal seen from the end
                if (odd && kb >= -(d - 1) && kb <= d - 1 && x + at(vb, kb) >= n)
                    return {sx, sy, x, y};
            }
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && at(vb, k - 1) < at(vb, k + 1))) ? at(vb, k + 1)
                                                                               : at(vb, k - 1) + 1;
                int y = x - k;
                const int sx = x;
                const int sy = y;
                while (x < n && y < m && m_a[size_t(a1 - 1 - x)] == m_b[size_t(b1 - 1 - y)]) {
                    ++x;
                    ++y;
                }
                at(vb, k) = x;
                const int kf = delta - k;
                if (!odd && kf >= -d && kf <= d && x + at(vf, kf) >= n)
                    return {n - x, m - y, n - sx, m - sy};
            }
        }
        return {0, 0, 0, 0}; // unreachable: the paths always meet by dmax
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<int> m_match;
};

enum class Op
{
    Equal,
    Delete,
    Insert
};

struct Edit
{
    Op op;
    int oldIndex; // line index in the old text (Equal/Delete)
    int newIndex; // line index in the new text (Equal/Insert)
};

QList<Edit> editScript(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    QHash<QByteArray, int> ids;
    const auto stableIds = [&ids](const QList<QByteArray> &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QByteArray &line : lines) {
            auto it = ids.constFind(line);
            if (it == ids.cend())
                it = ids.insert(line, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> ia = stableIds(a);
    const std::vector<int> ib = stableIds(b);
    const std::vector<int> match = MyersMatcher(ia, ib).run();

    QList<Edit> edits;
    int j = 0;
    for (int i = 0; i <= int(a.size()); ++i) {
        const bool end = i == int(a.size());
        const int target = end ? int(b.size()) : match[size_t(i)];
        if (!end && target < 0) {
            edits.append({Op::Delete, i, -1});
            continue;
        }
        // A change's deletions come first, then its insertions, as in diff's output.
        for (; j < target; ++j)
            edits.append({Op::Insert, -1, j});
        if (!end) {
            edits.append({Op::Equal, i, j});
            ++j;
        }
    }
    return edits;
}

void appendLine(QByteArray &out, char prefix, const QByteArray &line)
{
    out += prefix;
    out += line;
    if (!line.endsWith('\n'))
        out += "\n\\ No newline at end of file\n";
}

QByteArray range(int start, int count)
{
    // diff prints an empty range as the line before it, and omits a count of one.
    if (count == 0)
        return QByteArray::number(start - 1) + ",0";
    if (count == 1)
        return QByteArray::number(start);
    return QByteArray::number(start) + ',' + QByteArray::number(count);
}

} // namespace

QList<DiffHunk> UnifiedDiff::hunks(const QByteArray &before, const QByteArray &after, int context)
{
    context = std::max(context, 0);
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    const QList<Edit> edits = editScript(a, b);

    QList<DiffHunk> result;
    qsizetype i = 0;
    const qsizetype n = edits.size();
    while (i < n) {
        if (edits.at(i).op == Op::Equal) {
            ++i;
            continue;
        }
        // A hunk: this change plus every following one separated by at most 2*context
        // unchanged lines.
        const qsizetype first = std::max<qsizetype>(0, i - context);
        qsizetype lastChange = i;
        qsizetype k = i;
        while (k < n) {
            if (edits.at(k).op != Op::Equal) {
                lastChange = k;
                ++k;
                continue;
            }
            qsizetype gapEnd = k;
            while (gapEnd < n && edits.at(gapEnd).op == Op::Equal)
                ++gapEnd;
            if (gapEnd == n || gapEnd - k > 2 * context)
                break;
            k = gapEnd;
        }
        const qsizetype last = std::min(n, lastChange + 1 + context);

        DiffHunk hunk;
        QByteArray body;
        for (qsizetype e = first; e < last; ++e) {
            const Edit &edit = edits.at(e);
            switch (edit.op) {
            case Op::Equal:
                appendLine(body, ' ', a.at(edit.oldIndex));
                ++hunk.oldCount;
                ++hunk.newCount;
                break;
            case Op::Delete:
                appendLine(body, '-', a.at(edit.oldIndex));
                ++hunk.oldCount;
                break;
            case Op::Insert:
                appendLine(body, '+', b.at(edit.newIndex));
                ++hunk.newCount;
                break;
            }
        }
        // Where each side of the hunk begins, also when that side is empty: count the old
        // and new lines before the hunk's first edit.
        int oldBefore = 0;
        int newBefore = 0;
        for (qsizetype e = 0; e < first; ++e) {
            if (edits.at(e).op != Op::Insert)
                ++oldBefore;
            if (edits.at(e).op != Op::Delete)
                ++newBefore;
        }
        hunk.oldStart = hunk.oldCount == 0 ? oldBefore : oldBefore + 1;
        hunk.newStart = hunk.newCount == 0 ? newBefore : newBefore + 1;
        hunk.text = "@@ -" + range(oldBefore + 1, hunk.oldCount) + " +" +
                    range(newBefore + 1, hunk.newCount) + " @@\n" + body;
        result.append(hunk);
        i = last;
    }
    return result;
}

QByteArray UnifiedDiff::diff(const QByteArray &before, const QByteArray &after,
                             const QString &oldLabel, const QString &newLabel, int context)
{
    const QList<DiffHunk> all = hunks(before, after, context);
    if (all.isEmpty())
        return {};
    QByteArray out = "--- " + oldLabel.toUtf8() + "\n+++ " + newLabel.toUtf8() + '\n';
    for (const DiffHunk &hunk : all)
        out += hunk.text;
    return out;
}

} // namespace cbw::core
