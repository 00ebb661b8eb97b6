#include "screening/StepPlan.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

namespace cluedesk {
namespace {

// Whether a step's rows for one subject depend only on its inputs' rows for that subject.
bool perSubject(const StepSpec& s)
{
    const QString& k = s.kind;
    if (k == QLatin1String("source") || k == QLatin1String("filter") || k == QLatin1String("union") ||
        k == QLatin1String("intersect") || k == QLatin1String("subtract") || k == QLatin1String("during") ||
        k == QLatin1String("count") || k == QLatin1String("series"))
        return true;
    if (k == QLatin1String("group"))
        return s.perField.isEmpty(); // counted per debtor or agent: across subjects
    if (k == QLatin1String("compare"))
        return s.within.isEmpty() || s.join.empty() || s.sameSubject; // paired on fields alone: across subjects
    return false;                                                     // relations, same_person, rekey, threshold
}

// Steps whose work grows faster than their rows: narrowing them to fewer subjects pays. Sources,
// filters and set operations alone cost about as much narrowed as not, unless they are much
// larger than the other side (below).
bool relatesRows(const StepSpec& s)
{
    const QString& k = s.kind;
    return k == QLatin1String("during") || k == QLatin1String("count") || k == QLatin1String("series") ||
        k == QLatin1String("group") || (k == QLatin1String("compare") && !s.within.isEmpty());
}

} // namespace

QStringList StepPlan::inputsOf(const StepSpec& s)
{
    QStringList in = s.operands;
    for (const QString& x : {s.from, s.within, s.outside, s.endedBy})
        if (!x.isEmpty())
            in << x;
    return in;
}

StepPlan StepPlan::of(const ModelDefinition& model, const std::map<QString, qint64>& sourceRows)
{
    const size_t n = model.steps.size();
    std::map<QString, size_t> at;
    for (size_t i = 0; i < n; ++i)
        at[model.steps[i].id] = i;
    std::vector<std::vector<size_t>> inputs(n), readers(n);
    for (size_t i = 0; i < n; ++i)
        for (const QString& x : inputsOf(model.steps[i]))
            if (const auto it = at.find(x); it != at.end()) {
                inputs[i].push_back(it->second);
                readers[it->second].push_back(i);
            }

    // The steps only `top` and the intersection reach: top, then every input all of whose
    // readers are among them. The output step is read by the clues themselves.
    const auto onlyFor = [&](size_t top, size_t intersection) {
        std::set<size_t> chain;
        if (model.steps[top].id == model.output || readers[top] != std::vector<size_t>{intersection})
            return chain;
        chain.insert(top);
        for (bool grew = true; grew;) {
            grew = false;
            for (size_t m : std::set<size_t>(chain))
                for (size_t x : inputs[m])
                    if (!chain.count(x) && model.steps[x].id != model.output &&
                        std::all_of(readers[x].begin(), readers[x].end(), [&](size_t r) { return chain.count(r) > 0; })) {
                        chain.insert(x);
                        grew = true;
                    }
        }
        return chain;
    };

    // At most how many rows a step holds, from its sources' rows; 0 when not known.
    std::vector<std::optional<qint64>> rows(n);
    const std::function<qint64(size_t)> rowsOf = [&](size_t i) -> qint64 {
        if (rows[i])
            return *rows[i];
        rows[i] = 0; // a cycle, which a checked model cannot have, counts as not known
        const StepSpec& s = model.steps[i];
        qint64 r = 0;
        if (s.kind == QLatin1String("source")) {
            const auto it = sourceRows.find(s.id);
            r = it == sourceRows.end() ? 0 : it->second;
        } else if (!inputs[i].empty() &&
            (s.kind == QLatin1String("union") || s.kind == QLatin1String("intersect") || s.kind == QLatin1String("filter") ||
                s.kind == QLatin1String("subtract"))) {
            // a union holds at most all its inputs' rows; an intersection at most its smallest
            // input's; a filter or a subtraction at most its first input's
            const bool all = s.kind == QLatin1String("union"), least = s.kind == QLatin1String("intersect");
            const auto first = at.find(s.from.isEmpty() ? s.operands.value(0) : s.from);
            const std::vector<size_t> in = (all || least) ? inputs[i]
                : first != at.end()                       ? std::vector<size_t>{first->second}
                                                          : std::vector<size_t>{};
            for (size_t k = 0; k < in.size(); ++k) {
                const qint64 x = rowsOf(in[k]);
                if (x == 0) {
                    r = 0;
                    break;
                }
                r = k == 0 ? x : all ? r + x : least ? std::min(r, x) : r;
            }
        }
        rows[i] = r;
        return r;
    };

    StepPlan plan;
    std::vector<std::set<size_t>> before(n); // extra: steps that must be built before each step
    for (size_t i = 0; i < n; ++i) {
        const StepSpec& s = model.steps[i];
        if (s.kind != QLatin1String("intersect") || inputs[i].size() < 2)
            continue;
        std::set<size_t> best;
        size_t by = 0;
        for (size_t b : inputs[i]) {
            const std::set<size_t> chain = onlyFor(b, i);
            if (chain.empty() || !std::all_of(chain.begin(), chain.end(), [&](size_t m) { return perSubject(model.steps[m]); }))
                continue;
            const auto other = std::find_if(inputs[i].begin(), inputs[i].end(), [&](size_t a) { return !chain.count(a); });
            if (other == inputs[i].end())
                continue;
            const bool relates = std::any_of(chain.begin(), chain.end(), [&](size_t m) { return relatesRows(model.steps[m]); });
            const bool larger = rowsOf(*other) > 0 && rowsOf(b) >= 2 * rowsOf(*other);
            if ((relates || larger) && chain.size() > best.size()) {
                best = chain;
                by = *other;
            }
        }
        for (size_t m : best) {
            before[m].insert(by);
            if (model.steps[m].kind == QLatin1String("source"))
                plan.narrowedBy[model.steps[m].id] << model.steps[by].id;
        }
    }

    // One human under several numbers: a step whose rows are carried over (carry) gives rows
    // only for the numbers of the step the persons are found in (from), so what only it reads
    // may take those subjects alone, as for an intersection. The 1,185,267 benefits rows of the
    // 2M bench pool were built and indexed whole for the 144,460 residents of the registry.
    for (size_t i = 0; i < n; ++i) {
        const StepSpec& s = model.steps[i];
        const auto from = at.find(s.from);
        if (s.kind != QLatin1String("same_person") || from == at.end())
            continue;
        for (size_t c : inputs[i]) {
            if (c == from->second)
                continue;
            const std::set<size_t> chain = onlyFor(c, i);
            if (chain.empty() || chain.count(from->second) ||
                !std::all_of(chain.begin(), chain.end(), [&](size_t m) { return perSubject(model.steps[m]); }))
                continue;
            const bool relates = std::any_of(chain.begin(), chain.end(), [&](size_t m) { return relatesRows(model.steps[m]); });
            if (!relates && !(rowsOf(from->second) > 0 && rowsOf(c) >= 2 * rowsOf(from->second)))
                continue;
            for (size_t m : chain) {
                before[m].insert(from->second);
                if (model.steps[m].kind == QLatin1String("source"))
                    plan.narrowedBy[model.steps[m].id] << s.from;
            }
        }
    }

    // The model's order, except that a narrowed step waits for the step that narrows it: each
    // time, the first step in the model's order whose inputs are built.
    std::vector<bool> built(n, false);
    while (plan.order.size() < n) {
        size_t next = n;
        for (size_t i = 0; i < n && next == n; ++i) {
            if (built[i])
                continue;
            const auto ready = [&](size_t x) { return built[x]; };
            if (std::all_of(inputs[i].begin(), inputs[i].end(), ready) && std::all_of(before[i].begin(), before[i].end(), ready))
                next = i;
        }
        if (next == n) { // a cycle, which a checked model cannot have: nothing is narrowed
            StepPlan plain;
            for (size_t i = 0; i < n; ++i)
                plain.order.push_back(i);
            return plain;
        }
        built[next] = true;
        plan.order.push_back(next);
    }
    return plan;
}

} // namespace cluedesk
