// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/HarIndexReader.h"

#include <QWidget>

#include <memory>

class ExchangeDetailView;
class HarEntryModel;
class HarFilterModel;
class QAction;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class WaterfallDelegate;

// The HAR viewer page: opens any HAR file (this app's, Chrome's, Firefox's, Playwright's) from
// a button, the File menu or by dropping it on the page, and shows its entries in a sortable,
// filterable table with a waterfall column, and the selected entry in an ExchangeDetailView.
//
// Nothing heavy runs on the UI thread: the file is read by HarIndexReader in a worker, rows
// appear batch by batch while a progress bar runs, and the selected entry is read back from
// the file in a worker too. A file that cannot be read shows the reader's error.
class HarViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarViewer)

public:
    explicit HarViewer(QWidget *parent = nullptr);
    ~HarViewer() override;

    // Starts loading; the result is reported by loadFinished.
    void openFile(const QString &path);
    // Asks for a file, then opens it.
    void chooseFile();
    // "Open HAR...", for the window's File menu.
    QAction *openAction() const { return m_openAction; }

    bool isLoading() const { return m_loading != nullptr; }
    // The file shown (or being loaded); empty when none.
    QString filePath() const { return m_path; }
    // The last load's error; empty after a success.
    QString errorText() const { return m_error; }

    HarEntryModel *model() const { return m_model; }
    HarFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    ExchangeDetailView *detailView() const { return m_detail; }
    WaterfallDelegate *waterfall() const { return m_waterfall; }

signals:
    // openFile() began reading path.
    void loadStarted(const QString &path);
    void loadFinished(bool ok);
    // The selected entry was read back from the file and is showing.
    void entryShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The constructor's parts: the bar (open, progress, filters), the entry table with its
    // placeholder and error line, the splitter with the details, the wiring.
    QLayout *buildToolbar();
    void buildTable();
    void buildLayout(QLayout *bar);
    void connectSignals();

    struct Load;

    void cancelLoad();
    void drainLoad();
    void finishLoad();
    void showCurrentEntry();
    void updateSummary();
    double rowEnd(int proxyRow) const;
    void extendWaterfallRange(int first, int last);
    void updateWaterfallRange();
    void setWaterfallEnd(double end);
    void rebuildPageFilter();

    HarEntryModel *m_model;
    HarFilterModel *m_filter;
    WaterfallDelegate *m_waterfall;
    QAction *m_openAction;

    QPushButton *m_openButton;
    QLabel *m_fileLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QComboBox *m_pageCombo;
    QComboBox *m_statusCombo;
    QLineEdit *m_textFilter;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_errorLabel;
    QTableView *m_table;
    ExchangeDetailView *m_detail;
    QLabel *m_summary;

    QString m_path;
    QString m_error;
    HarIndexReader m_reader;
    std::shared_ptr<Load> m_loading;
    int m_entryGeneration = 0;
    QTimer *m_drainTimer;
    bool m_rangeUpdatePending = false;
    double m_waterfallEnd = 0;
};
