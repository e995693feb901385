// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QWidget>

class CallListModel;
class ExchangeDetailView;
class PixelFilterModel;
class PixelListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;
class ResponseTimeChart;
class Services;

// The fired-pixels log (SPEC 7) as a page: the stored calls (newest first), the selected
// call's pixels in firing order, filtered by outcome and webhook, and the selected pixel in an
// ExchangeDetailView. Download HAR exports one call (secrets redacted unless asked for);
// calls can be deleted one by one or by age. A second tab charts each webhook's response times
// and failure rate across all stored calls. Follows Services::pixelStoreChanged.
class FiredPixelsBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiredPixelsBrowser)

public:
    explicit FiredPixelsBrowser(Services *services, QWidget *parent = nullptr);

    // Reads the calls again, keeping the selected call and pixel when they are still there.
    void refresh();

    QString currentCallId() const;
    void selectCall(const QString &callId);
    // Selects the pixel of the current call with that sequence number (unless filtered out).
    void selectPixel(int sequence);

    // Writes the call as a HAR file, redacted unless includeSecrets.
    bool downloadHar(const QString &callId, const QString &path, bool includeSecrets, QString *error);
    bool deleteCall(const QString &callId, QString *error);
    // The number of calls deleted, or -1 (with error).
    int deleteCallsBefore(const QDateTime &before, QString *error);

    CallListModel *callModel() const { return m_calls; }
    PixelListModel *pixelModel() const { return m_pixels; }
    PixelFilterModel *pixelFilter() const { return m_filter; }
    QTableView *callTable() const { return m_callTable; }
    QTableView *pixelTable() const { return m_pixelTable; }
    ExchangeDetailView *detailView() const { return m_detail; }
    ResponseTimeChart *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // The chart was filled from the store.
    void chartUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The pixels heading names the call; a long title is cut with "..." to the room there is,
    // so it never widens the page (issue 13 item 6).
    void setPixelsHeading(const QString &text);
    void elidePixelsHeading();
    // The constructor's parts: the call and pixel tables, the buttons and filters, the Calls tab
    // (calls beside the pixels and their details), the Response Times tab, the tabs, the wiring.
    void setUpTables();
    void setUpControls();
    QWidget *buildCallsPage();
    QWidget *buildChartPage();
    void buildLayout();
    void connectSignals();

    void showCallPixels();
    void showCurrentPixel();
    void updateActions();
    void downloadCurrent();
    void deleteCurrent();
    void deleteOlderThan(int days);
    void updateChart();

    Services *m_services;
    CallListModel *m_calls;
    PixelListModel *m_pixels;
    PixelFilterModel *m_filter;

    QTabWidget *m_tabs;
    QTableView *m_callTable;
    QTableView *m_pixelTable;
    ExchangeDetailView *m_detail;
    QLabel *m_callsLabel;
    QLabel *m_pixelsLabel;
    QString m_pixelsHeading; // the heading's whole text
    QPushButton *m_downloadButton;
    QCheckBox *m_includeSecrets;
    QPushButton *m_deleteButton;
    QToolButton *m_deleteOlderButton;
    QComboBox *m_statusCombo;
    QLineEdit *m_webhookFilter;
    ResponseTimeChart *m_chart;
    QLabel *m_chartCaption;

    QString m_shownCallId;
    bool m_chartDirty = true;
    int m_chartGeneration = 0;
};
