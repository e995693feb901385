// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Rendering a compiled 5-token URL template (issue 3 target: at least 1,000,000 renders/s on one
// core), against a naive QString::replace loop over the same template and tags in the same run.
// Prints both throughputs and their ratio at the end.
#include "model/TagMap.h"
#include "tokens/UrlTemplate.h"

#include <QUrl>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

const QString kTemplate = QStringLiteral("https://track.example.com/postback?cid=[call_uuid]&payout=[payout]"
                                         "&phone=[caller_number|digits]&src=[source_id]&zip=[caller_zip]");

TagMap benchTags()
{
    TagMap tags;
    tags.set(QStringLiteral("call_uuid"), {QStringLiteral("CA0f3b1c2d-8e7a-4b5c-9d1e-2f3a4b5c6d7e")});
    tags.set(QStringLiteral("payout"), {QStringLiteral("12.50")});
    tags.set(QStringLiteral("caller_number"), {QStringLiteral("+1 (212) 555-0142")});
    tags.set(QStringLiteral("source_id"), {QStringLiteral("pub 42/east")});
    tags.set(QStringLiteral("caller_zip"), {QStringLiteral("10101")});
    return tags;
}

// What a template engine without a compiled form does: one search-and-replace pass per token.
QString renderNaive(const TagMap &tags)
{
    struct NaiveToken
    {
        QString text;
        QString key;
        bool digits;
    };
    static const NaiveToken tokens[] = {
        {QStringLiteral("[call_uuid]"), QStringLiteral("call_uuid"), false},
        {QStringLiteral("[payout]"), QStringLiteral("payout"), false},
        {QStringLiteral("[caller_number|digits]"), QStringLiteral("caller_number"), true},
        {QStringLiteral("[source_id]"), QStringLiteral("source_id"), false},
        {QStringLiteral("[caller_zip]"), QStringLiteral("caller_zip"), false},
    };
    QString url = kTemplate;
    for (const NaiveToken &token : tokens) {
        QString value = tags.joined(token.key);
        if (token.digits)
            value.removeIf([](QChar c) { return c < QLatin1Char('0') || c > QLatin1Char('9'); });
        url.replace(token.text, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return url;
}

void BM_RenderCompiled(benchmark::State &state)
{
    const UrlTemplate compiled(kTemplate);
    const TagMap tags = benchTags();
    for (auto _ : state) {
        QString url = compiled.render(tags);
        benchmark::DoNotOptimize(url);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RenderCompiled);

void BM_RenderNaive(benchmark::State &state)
{
    const TagMap tags = benchTags();
    for (auto _ : state) {
        QString url = renderNaive(tags);
        benchmark::DoNotOptimize(url);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RenderNaive);

// Shows the usual table and keeps each benchmark's renders per second for the summary.
class SummaryReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            const auto rate = run.counters.find("items_per_second");
            if (run.run_type == Run::RT_Iteration && rate != run.counters.end())
                m_rates[run.run_name.function_name].push_back(rate->second.value);
        }
        ConsoleReporter::ReportRuns(runs);
    }

    // The median over repetitions (--benchmark_repetitions), or the single run; 0 if not run.
    double rate(const std::string &name) const
    {
        const auto found = m_rates.find(name);
        if (found == m_rates.end() || found->second.empty())
            return 0;
        std::vector<double> sorted = found->second;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2);
    }

private:
    std::map<std::string, std::vector<double>> m_rates;
};

} // namespace

int main(int argc, char **argv)
{
    const QString compiled = UrlTemplate(kTemplate).render(benchTags());
    const QString naive = renderNaive(benchTags());
    if (compiled != naive) {
        std::fprintf(stderr, "compiled and naive renders differ:\n  %s\n  %s\n", qPrintable(compiled),
                     qPrintable(naive));
        return 1;
    }
    std::printf("rendered: %s\n", qPrintable(compiled));

    benchmark::Initialize(&argc, argv);
    SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const double compiledRate = reporter.rate("BM_RenderCompiled");
    const double naiveRate = reporter.rate("BM_RenderNaive");
    if (compiledRate > 0)
        std::printf("compiled 5-token URL template: %.0f renders/s (target 1000000: %s)\n", compiledRate,
                    compiledRate >= 1e6 ? "met" : "NOT met");
    if (naiveRate > 0)
        std::printf("naive QString::replace loop:   %.0f renders/s\n", naiveRate);
    if (compiledRate > 0 && naiveRate > 0)
        std::printf("ratio compiled/naive:          %.2f\n", compiledRate / naiveRate);
    return 0;
}
