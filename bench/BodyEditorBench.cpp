// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Editing a 5 MB JSON body stays responsive (issue 5): the body editor's validation is debounced
// and runs on a worker thread, so no keystroke may hold the event loop for more than 16 ms.
//
// Loads a 5 MB JSON body with tokens into the editor (offscreen, shown, so that it paints), jumps
// to its middle, and types there from the event loop, in bursts with pauses long enough for
// validation to start, so that keystrokes land while checks of the whole body are running.
// Measures how long each keystroke's events take to process (key press and release, with all
// they trigger synchronously), and, with a 1 ms heartbeat timer, the longest stall of the event
// loop, which covers what a large text's edit does on the next turn of the loop (the undo command
// and model update in the webhook editor), painting, and starting and applying checks; the
// longest single event delivered names what that stall was. Wall and CPU time are both given:
// on a shared machine a thread waiting for a core is not the code's doing. Runs the
// JsonBodyEditor alone, then inside a WebhookEditor bound to a model and an undo stack, as the
// app uses it.
//
//   bench_body_editor [--megabytes N] [--keys N]
#include "Heartbeat.h"
#include "editor/JsonBodyEditor.h"
#include "editor/RequestTemplateEditor.h"
#include "editor/WebhookEditor.h"
#include "tokens/TagCatalog.h"
#include "workspace/WorkspaceModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTimer>
#include <QUndoStack>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr double kBudgetMs = 16.0;
constexpr int kBurst = 25;         // keystrokes typed in a row ...
constexpr int kKeyIntervalMs = 35; // ... this far apart (a fast typist) ...
constexpr int kPauseMs = 320;      // ... then a pause past the validation delay

QString bigBody(qsizetype bytes)
{
    QString body = QStringLiteral("{\n  \"calls\": [\n");
    int i = 0;
    while (body.size() < bytes) {
        body += QStringLiteral("    {\"id\": %1, \"phone\": \"[caller_number|e164]\", \"zip\": \"[caller_zip]\", "
                               "\"revenue\": [payout|default:0], \"source\": \"[source_id]\", "
                               "\"note\": \"call number %1 of the load test, kept for the audit trail\"},\n")
                    .arg(i++);
    }
    body += QStringLiteral("    {\"id\": -1}\n  ]\n}\n");
    return body;
}

// The main thread's own CPU time, in ms: what a keystroke costs, whatever else the machine runs.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Times every event the loop delivers (the outermost ones), to name what a stall was.
class TimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        if (ms > longest) {
            longest = ms;
            longestWhat = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/')
                          + receiver->objectName() + QStringLiteral(" event ") + QString::number(int(event->type()));
        }
        return result;
    }

    double longest = 0;
    QString longestWhat;

private:
    int m_depth = 0;
};

struct Result
{
    std::vector<double> keystrokes;    // ms per keystroke
    std::vector<double> keystrokesCpu; // the same, in the main thread's CPU time
    double longestStall = 0;           // ms between heartbeats
    int validations = 0;               // checks whose result was shown
    double loadMs = 0;
    double settleMs = 0; // styling up to the middle after jumping there
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(std::size_t(p * double(values.size() - 1)));
}

// Types count characters into editor at position, from the event loop, and measures.
void type(QWidget *target, JsonBodyEditor *body, int count, Result *result)
{
    body->SendScintilla(QsciScintillaBase::SCI_GOTOPOS,
                        static_cast<unsigned long>(body->SendScintilla(QsciScintillaBase::SCI_GETLENGTH) / 2));
    // Inside a string: the middle of a line's "note".
    const long line =
        body->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION,
                            static_cast<unsigned long>(body->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS)));
    const QByteArray lineText = body->text(int(line)).toUtf8();
    body->SendScintilla(QsciScintillaBase::SCI_GOTOPOS,
                        static_cast<unsigned long>(body->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE,
                                                                       static_cast<unsigned long>(line))
                                                   + lineText.indexOf("kept for")));
    QObject::connect(body, &JsonBodyEditor::validated, body, [result] { ++result->validations; });

    // Showing the middle of the text the first time styles what lies before it (in idle time,
    // a piece at a time); that is the jump's cost, measured apart from typing.
    QElapsedTimer settle;
    settle.start();
    while (body->SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED)
               < body->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS)
           && settle.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    result->settleMs = double(settle.elapsed());
    static_cast<TimingApplication *>(qApp)->longest = 0;

    QEventLoop loop;
    Heartbeat heartbeat;

    int typed = 0;
    QTimer keys;
    keys.setTimerType(Qt::PreciseTimer);
    keys.setSingleShot(true);
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz ");
    QObject::connect(&keys, &QTimer::timeout, [&] {
        const QChar c = letters.at(typed % letters.size());
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QApplication::sendEvent(target, &release);
        result->keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
        result->keystrokesCpu.push_back(threadCpuMs() - cpuStart);
        ++typed;
        if (typed == count) {
            // Let the last checks finish, still watching the loop.
            QTimer::singleShot(2000, &loop, [&] {
                result->longestStall = heartbeat.stop();
                loop.quit();
            });
            return;
        }
        keys.start(typed % kBurst == 0 ? kPauseMs : kKeyIntervalMs);
    });

    heartbeat.start();
    keys.start(kKeyIntervalMs);
    loop.exec();
}

void report(const char *name, const Result &result, qsizetype bytes)
{
    auto *timing = static_cast<TimingApplication *>(qApp);
    std::printf("longest single event: %.2f ms (%s)\n", timing->longest, qPrintable(timing->longestWhat));
    timing->longest = 0;
    const double worst =
        result.keystrokes.empty() ? 0 : *std::max_element(result.keystrokes.begin(), result.keystrokes.end());
    const double worstCpu = *std::max_element(result.keystrokesCpu.begin(), result.keystrokesCpu.end());
    std::printf(
        "%s: body %.1f MB, load %.0f ms, jump to the middle styled in %.0f ms, %zu keystrokes, %d checks shown\n"
        "  keystroke wall time: median %.2f ms, p99 %.2f ms, max %.2f ms\n"
        "  keystroke CPU time:  median %.2f ms, p99 %.2f ms, max %.2f ms\n"
        "  longest event-loop stall (1 ms heartbeat): %.2f ms\n",
        name, double(bytes) / (1024 * 1024), result.loadMs, result.settleMs, result.keystrokes.size(),
        result.validations, percentile(result.keystrokes, 0.5), percentile(result.keystrokes, 0.99), worst,
        percentile(result.keystrokesCpu, 0.5), percentile(result.keystrokesCpu, 0.99), worstCpu, result.longestStall);
}

bool withinBudget(const Result &result)
{
    return *std::max_element(result.keystrokes.begin(), result.keystrokes.end()) <= kBudgetMs
           && result.longestStall <= kBudgetMs;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Keystroke latency of the JSON body editor on a large body."));
    parser.addHelpOption();
    const QCommandLineOption megabytesOption(QStringLiteral("megabytes"), QStringLiteral("Body size (default 5)."),
                                             QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("Keystrokes per run (default 200)."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOption(megabytesOption);
    parser.addOption(keysOption);
    parser.process(app);
    const qsizetype bytes = qsizetype(parser.value(megabytesOption).toDouble() * 1024 * 1024);
    const int keys = parser.value(keysOption).toInt();
    const QString body = bigBody(bytes);

    Workspace workspace;
    workspace.sampleCall.set(QStringLiteral("caller_number"), {QStringLiteral("+12125550134")});
    workspace.sampleCall.set(QStringLiteral("caller_zip"), {QStringLiteral("10101")});
    workspace.sampleCall.set(QStringLiteral("payout"), {QStringLiteral("35.00")});
    workspace.sampleCall.set(QStringLiteral("source_id"), {QStringLiteral("pub1")});

    Result alone;
    {
        TagCatalog catalog;
        catalog.setWorkspace(workspace);
        JsonBodyEditor editor;
        editor.setCatalog(&catalog);
        editor.resize(1000, 800);
        editor.show();
        editor.activateWindow();
        editor.setFocus();
        QElapsedTimer load;
        load.start();
        editor.setBodyText(body);
        QCoreApplication::processEvents();
        alone.loadMs = double(load.elapsed());
        type(&editor, &editor, keys, &alone);
    }
    report("JsonBodyEditor", alone, body.toUtf8().size());

    Result inEditor;
    {
        Campaign campaign;
        campaign.id = QStringLiteral("c1");
        campaign.name = QStringLiteral("Load test");
        Webhook webhook;
        webhook.id = QStringLiteral("wh-1");
        webhook.name = QStringLiteral("Big body");
        webhook.request.method = QStringLiteral("POST");
        webhook.request.url = QStringLiteral("https://example.test/hook");
        webhook.request.bodyKind = BodyKind::Json;
        webhook.request.body = body;
        campaign.webhooks = {webhook};
        workspace.campaigns = {campaign};

        WorkspaceModel model;
        QUndoStack stack;
        model.setWorkspace(workspace);
        WebhookEditor editor;
        editor.setModel(&model, &stack);
        editor.resize(1000, 900);
        editor.show();
        editor.activateWindow();
        WorkspaceModel::Address address;
        address.kind = WorkspaceModel::Kind::Webhook;
        address.campaign = 0;
        address.webhook = 0;
        QElapsedTimer load;
        load.start();
        editor.setAddress(address);
        QCoreApplication::processEvents();
        inEditor.loadMs = double(load.elapsed());
        JsonBodyEditor *bodyEditor = editor.requestEditor()->bodyEditor();
        bodyEditor->setFocus();
        type(bodyEditor, bodyEditor, keys, &inEditor);
        if (stack.count() != 1)
            std::printf("warning: expected the typing to be one undo step, got %d\n", stack.count());
    }
    report("WebhookEditor (model, undo stack)", inEditor, body.toUtf8().size());

    // One check of the whole body, timed where it runs: on a worker, off the keystroke path (here on
    // the main thread, after the runs, to time it alone).
    QElapsedTimer checkTimer;
    checkTimer.start();
    const BodyCheck check = JsonBodyEditor::check(body, BodyKind::Json, workspace.sampleCall, {});
    std::printf("one check of the %.1f MB body (worker thread): %lld ms, %s\n",
                double(body.toUtf8().size()) / (1024 * 1024), checkTimer.elapsed(), qPrintable(check.status));

    const bool ok = withinBudget(alone) && withinBudget(inEditor);
    std::printf("goal (no keystroke or stall over %.0f ms): %s\n", kBudgetMs, ok ? "met" : "missed");
    return ok ? 0 : 1;
}
