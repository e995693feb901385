// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/FiredPixel.h"
#include "record/HarLog.h"

#include <QWidget>

#include <optional>

class BodyViewer;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class Redactor;
class TimingsChart;

// Everything about one fired pixel or one HAR entry, in tabs: Request (method, URL, query
// parameters, body), Response (status, pretty JSON and raw body), Headers, Timings (the HAR
// phases as a bar chart), Tags applied, and Why (fired or skipped, the reason, notes).
//
// Secrets (call_key, Authorization and cookie headers, fields named like key/token/secret/
// password/signature: Redactor's notion) are masked on screen until "Show secrets" is checked.
// Bodies are masked and formatted off the UI thread (BodyViewer), so a 10 MB response does not
// freeze the window. A pixel with several exchanges (redirect hops, a ping and its post) gets
// a selector; the last one, whose response counts, is shown first.
//
// Self-contained: panes hand it a value and never share state with it. Child widgets carry
// object names (requestUrl, queryTable, requestBody, responseStatus, responseBody, responseRaw,
// headersTree, timingsChart, tagsTable, whyText, showSecrets, exchangeSelector) for tests.
class ExchangeDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeDetailView)

public:
    enum class Tab
    {
        Request,
        Response,
        Headers,
        Timings,
        Tags,
        Why
    };
    Q_ENUM(Tab)

    explicit ExchangeDetailView(QWidget *parent = nullptr);
    ~ExchangeDetailView() override;

    void showPixel(const FiredPixel &pixel);
    void showEntry(const HarEntry &entry);
    // Nothing to show but a message, e.g. why an entry could not be read.
    void showMessage(const QString &message);
    void clear();
    bool isEmpty() const { return !m_hasRecord; }

    bool secretsShown() const { return m_secretsShown; }
    void setSecretsShown(bool shown);

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    // The exchanges of the pixel (one for a HAR entry) and which one the tabs show.
    int exchangeCount() const;
    int currentExchange() const { return m_exchangeIndex; }
    void setCurrentExchange(int index);

    // The one-line summary above the tabs: "POST https://... -> 200 OK · 12.3 ms".
    QString summary() const;

signals:
    void secretsShownChanged(bool shown);

private:
    struct Record
    {
        bool isPixel = false;
        bool fired = true;
        std::optional<Outcome> outcome; // none for a browser's HAR entry
        QString webhookName;
        QString trigger;
        QString buyerId;
        QString reason;
        QString comment;
        QStringList tagsApplied;
        QStringList warnings;
        double entryTime = -1; // the HAR entry's time; pixels use the timings' total
        QList<Exchange> exchanges;
    };

    QWidget *createRequestPage();
    QWidget *createResponsePage();
    QWidget *createHeadersPage();
    QWidget *createTimingsPage();
    QWidget *createTagsPage();

    void showRecord(const Record &record);
    void render();
    void renderExchange(const Exchange &exchange, const Redactor *redactor);
    void renderTags(const Redactor *redactor);
    void renderWhy(const Redactor *redactor);
    void setExchangeTabsEnabled(bool enabled);

    Record m_record;
    bool m_hasRecord = false;
    bool m_secretsShown = false;
    int m_exchangeIndex = -1;

    QStackedWidget *m_stack;
    QLabel *m_message;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_summary;
    QComboBox *m_exchangeSelector;
    QCheckBox *m_showSecrets;
    QTabWidget *m_tabs;

    QLabel *m_method;
    QLineEdit *m_url;
    QLabel *m_timeoutLabel;
    QLabel *m_timeout;
    QWidget *m_queryBox;
    QTableWidget *m_queryTable;
    QLabel *m_requestBodyLabel;
    BodyViewer *m_requestBody;

    QLabel *m_status;
    QLabel *m_responseMeta;
    QTabWidget *m_responseTabs;
    BodyViewer *m_responseBody;
    BodyViewer *m_responseRaw;

    QTreeWidget *m_headers;

    TimingsChart *m_timingsChart;
    QLabel *m_started;
    QLabel *m_server;

    QStackedWidget *m_tagsStack;
    QTableWidget *m_tagsTable;
    QLabel *m_noTags;

    QTextBrowser *m_why;
};
