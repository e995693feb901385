// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lint/KnownTags.h"
#include "model/PingPost.h"
#include "response/Bid.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class RequestTemplateEditor;
class TagCatalog;

// The ping-post builder (SPEC 6, issue 5 item 6): whether the webhook pings for a bid first,
// the ping request (the same request editor as the post's), the bid mapping (JSON paths for the
// amount, the accepted flag and the bid id) and the minimum bid. A sample ping response pasted
// into the box below is read live with BidReader, exactly as a real ping's would be: what it
// reads, whether the bid is accepted and why, and the [ping.*] tags the post could use.
class PingPostEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PingPostEditor)

public:
    explicit PingPostEditor(QWidget *parent = nullptr);

    // The ping request's tags: no [ping.*], which exist only after it.
    void setCatalog(TagCatalog *catalog);

    // Fields whose value did not change keep their cursor.
    void setPingPost(const PingPost &pingPost);
    PingPost pingPost() const;

    // The sample response is the editor's, not the webhook's: it is not saved.
    void setSampleResponse(const QString &json);
    QString sampleResponse() const;
    // What BidReader reads from the sample response (as a 200) with the mapping shown.
    Bid sampleBid() const { return m_bid; }
    QString bidSummary() const;
    // The [ping.*] tags the post may use: the ones BidReader always sets, then every one the
    // sample response gives, each with its sample value as the description.
    QList<KnownTag> pingTags() const;

    // "enabled", "ping.<request field>" (see RequestTemplateEditor), "amount_path",
    // "accepted_path", "bid_id_path", "minimum_bid", "sample_response". Returns the widget.
    QWidget *focusField(const QString &field, int line = 0, int column = 0);

    // The forms of its fields, for an owner to line their labels up with its own.
    QList<QFormLayout *> forms() const;

    QCheckBox *enabledCheck() const { return m_enabled; }
    RequestTemplateEditor *pingEditor() const { return m_ping; }
    QLineEdit *amountPathEdit() const { return m_amountPath; }
    QLineEdit *acceptedPathEdit() const { return m_acceptedPath; }
    QLineEdit *bidIdPathEdit() const { return m_bidIdPath; }
    QDoubleSpinBox *minimumBidSpin() const { return m_minimumBid; }
    QPlainTextEdit *sampleResponseEdit() const { return m_sample; }

signals:
    // The user changed a field of the ping-post, named as in the workspace file:
    // "ping_post.enabled", "ping_post.ping.url", "ping_post.amount_path", ...
    void edited(const QString &field);
    // The bid read from the sample response changed (mapping or sample edited).
    void bidChanged();

private:
    void updateEnabled();
    void updateBid();

    QCheckBox *m_enabled;
    QWidget *m_details;
    RequestTemplateEditor *m_ping;
    QFormLayout *m_mappingForm;
    QLineEdit *m_amountPath;
    QLineEdit *m_acceptedPath;
    QLineEdit *m_bidIdPath;
    QDoubleSpinBox *m_minimumBid;
    QPlainTextEdit *m_sample;
    QLabel *m_bidIcon;
    QLabel *m_bidVerdict;
    QLabel *m_bidValues;
    Bid m_bid;
};
