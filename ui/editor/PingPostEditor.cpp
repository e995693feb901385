// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/PingPostEditor.h"

#include "common/LineEdits.h"
#include "common/SingleLineGuard.h"
#include "editor/RequestTemplateEditor.h"
#include "response/BidReader.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

constexpr int kTagsShown = 8;

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

PingPostEditor::PingPostEditor(QWidget *parent)
    : QWidget(parent)
    , m_enabled(
          new QCheckBox(tr("Ping for a bid first; post only when the bid is accepted and at least the minimum"), this))
    , m_details(new QWidget(this))
    , m_ping(new RequestTemplateEditor(m_details))
    , m_mappingForm(new QFormLayout)
    , m_amountPath(new QLineEdit(m_details))
    , m_acceptedPath(new QLineEdit(m_details))
    , m_bidIdPath(new QLineEdit(m_details))
    , m_minimumBid(new QDoubleSpinBox(m_details))
    , m_sample(new QPlainTextEdit(m_details))
    , m_bidIcon(new QLabel(m_details))
    , m_bidVerdict(new QLabel(m_details))
    , m_bidValues(new QLabel(m_details))
{
    m_enabled->setObjectName(QStringLiteral("pingPostEnabled"));
    m_ping->setObjectName(QStringLiteral("pingRequest"));

    m_amountPath->setObjectName(QStringLiteral("amountPath"));
    m_amountPath->setPlaceholderText(tr("bid.amount"));
    m_amountPath->setToolTip(
        tr("Where the bid's amount is in the ping's JSON response, e.g. bid.amount or bids[0].price"));
    m_acceptedPath->setObjectName(QStringLiteral("acceptedPath"));
    m_acceptedPath->setPlaceholderText(tr("Empty: a bid with an amount is accepted"));
    m_acceptedPath->setToolTip(tr("Where the response says whether the bid stands (true or false), e.g. bid.accepted"));
    m_bidIdPath->setObjectName(QStringLiteral("bidIdPath"));
    m_bidIdPath->setPlaceholderText(tr("Optional, e.g. bid.id"));
    m_bidIdPath->setToolTip(tr("Where the bid's id is; the post can send it back as [ping.bid_id]"));
    m_minimumBid->setObjectName(QStringLiteral("minimumBid"));
    m_minimumBid->setRange(0.0, 1000000.0);
    m_minimumBid->setDecimals(2);
    m_minimumBid->setSingleStep(0.5);
    m_minimumBid->setPrefix(QStringLiteral("$ "));
    m_minimumBid->setToolTip(tr("Bids below this are rejected: the post is not sent"));
    m_sample->setObjectName(QStringLiteral("sampleResponse"));
    m_sample->setPlaceholderText(tr("Paste a ping response here to try the mapping, e.g. "
                                    "{\"bid\": {\"amount\": 14.2, \"accepted\": true, \"id\": \"b-77\"}}"));
    m_sample->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sample->setTabChangesFocus(true);
    m_sample->setFixedHeight(m_sample->fontMetrics().lineSpacing() * 5 + 2 * m_sample->frameWidth() + 8);
    m_bidVerdict->setObjectName(QStringLiteral("bidVerdict"));
    m_bidVerdict->setWordWrap(true);
    m_bidVerdict->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_bidVerdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bidValues->setObjectName(QStringLiteral("bidValues"));
    m_bidValues->setWordWrap(true);
    m_bidValues->setTextFormat(Qt::RichText);
    m_bidValues->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_mappingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_mappingForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_mappingForm->addRow(tr("Bid &amount at:"), m_amountPath);
    m_mappingForm->addRow(tr("A&ccepted flag at:"), m_acceptedPath);
    m_mappingForm->addRow(tr("Bid &id at:"), m_bidIdPath);
    m_mappingForm->addRow(tr("Minimum &bid:"), m_minimumBid);
    m_mappingForm->addRow(tr("Sample &response:"), m_sample);
    auto *verdict = new QHBoxLayout;
    verdict->addWidget(m_bidIcon, 0, Qt::AlignTop);
    verdict->addWidget(m_bidVerdict, 1);
    m_mappingForm->addRow(QString(), verdict);
    m_mappingForm->addRow(QString(), m_bidValues);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_ping);
    details->addLayout(m_mappingForm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_details);

    connect(m_enabled, &QCheckBox::clicked, this, [this] {
        updateEnabled();
        updateBid();
        emit edited(QStringLiteral("ping_post.enabled"));
    });
    connect(m_ping, &RequestTemplateEditor::edited, this,
            [this](const QString &field) { emit edited(QStringLiteral("ping_post.ping.") + field); });
    const std::pair<QLineEdit *, const char *> paths[] = {{m_amountPath, "ping_post.amount_path"},
                                                          {m_acceptedPath, "ping_post.accepted_path"},
                                                          {m_bidIdPath, "ping_post.bid_id_path"}};
    for (const auto &[edit, field] : paths) {
        SingleLineGuard::install(edit, tr("A JSON path"));
        connect(edit, &QLineEdit::textEdited, this, [this, field = QString::fromLatin1(field)] {
            updateBid();
            emit edited(field);
        });
    }
    connect(m_minimumBid, &QDoubleSpinBox::valueChanged, this, [this] {
        updateBid();
        emit edited(QStringLiteral("ping_post.minimum_bid")); // setPingPost() blocks this
    });
    connect(m_sample, &QPlainTextEdit::textChanged, this, &PingPostEditor::updateBid);

    updateEnabled();
    updateBid();
}

void PingPostEditor::setCatalog(TagCatalog *catalog)
{
    m_ping->setCatalog(catalog);
}

void PingPostEditor::setPingPost(const PingPost &pingPost)
{
    m_enabled->setChecked(pingPost.enabled);
    m_ping->setRequest(pingPost.ping);
    LineEdits::setTextKeepingCursor(m_amountPath, pingPost.amountPath);
    LineEdits::setTextKeepingCursor(m_acceptedPath, pingPost.acceptedPath);
    LineEdits::setTextKeepingCursor(m_bidIdPath, pingPost.bidIdPath);
    if (m_minimumBid->value() != pingPost.minimumBid) {
        const QSignalBlocker blocker(m_minimumBid);
        m_minimumBid->setValue(pingPost.minimumBid);
    }
    updateEnabled();
    updateBid();
}

PingPost PingPostEditor::pingPost() const
{
    PingPost pingPost;
    pingPost.enabled = m_enabled->isChecked();
    pingPost.ping = m_ping->request();
    pingPost.amountPath = m_amountPath->text();
    pingPost.acceptedPath = m_acceptedPath->text();
    pingPost.bidIdPath = m_bidIdPath->text();
    pingPost.minimumBid = m_minimumBid->value();
    return pingPost;
}

void PingPostEditor::setSampleResponse(const QString &json)
{
    if (m_sample->toPlainText() != json)
        m_sample->setPlainText(json);
}

QString PingPostEditor::sampleResponse() const
{
    return m_sample->toPlainText();
}

QString PingPostEditor::bidSummary() const
{
    return m_bidVerdict->text();
}

QList<KnownTag> PingPostEditor::pingTags() const
{
    const auto tag = [this](const char *name, const QString &description) {
        KnownTag known;
        known.name = QString::fromLatin1(name);
        known.source = KnownTag::Source::PingResponse;
        const QString value = m_bid.pingTags.joined(known.name);
        known.description = value.isEmpty() ? description : description + tr(" Sample: %1").arg(value);
        return known;
    };
    QList<KnownTag> tags = {
        tag("ping.bid_amount", tr("The bid amount read from the ping's response.")),
        tag("ping.bid_id", tr("The bid id read from the ping's response.")),
        tag("ping.accepted", tr("Whether the bid was accepted: true or false.")),
    };
    for (const QString &key : m_bid.pingTags.keys()) {
        KnownTag known;
        known.name = key;
        known.source = KnownTag::Source::PingResponse;
        known.description = tr("In the sample response: %1").arg(m_bid.pingTags.joined(key));
        tags.append(known);
    }
    return KnownTags::merged({tags});
}

QList<QFormLayout *> PingPostEditor::forms() const
{
    return {m_ping->form(), m_mappingForm};
}

QWidget *PingPostEditor::focusField(const QString &field, int line, int column)
{
    QWidget *widget = nullptr;
    if (field == QLatin1String("enabled")) {
        widget = m_enabled;
    } else if (field.startsWith(QLatin1String("ping."))) {
        return m_enabled->isChecked() ? m_ping->focusField(field.mid(5), line, column) : nullptr;
    } else if (field == QLatin1String("amount_path")) {
        widget = m_amountPath;
    } else if (field == QLatin1String("accepted_path")) {
        widget = m_acceptedPath;
    } else if (field == QLatin1String("bid_id_path")) {
        widget = m_bidIdPath;
    } else if (field == QLatin1String("minimum_bid")) {
        widget = m_minimumBid;
    } else if (field == QLatin1String("sample_response")) {
        widget = m_sample;
    }
    if (!widget || (widget != m_enabled && !m_enabled->isChecked()))
        return nullptr;
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
        spin->selectAll();
    return widget;
}

void PingPostEditor::updateEnabled()
{
    m_details->setVisible(m_enabled->isChecked());
}

void PingPostEditor::updateBid()
{
    const QString sample = m_sample->toPlainText();
    if (sample.trimmed().isEmpty()) {
        m_bid = Bid();
        m_bidIcon->clear();
        m_bidVerdict->setText(tr("Paste a sample response above to see the bid this mapping reads from it."));
        m_bidValues->clear();
        m_bidValues->hide();
        emit bidChanged();
        return;
    }
    m_bid = BidReader::read(pingPost(), 200, sample.toUtf8());
    const int size = m_bidVerdict->fontMetrics().height();
    m_bidIcon->setPixmap(
        QIcon(m_bid.accepted ? QStringLiteral(":/icons/check-ok.svg") : QStringLiteral(":/icons/check-skip.svg"))
            .pixmap(size, size));
    m_bidVerdict->setText(capitalized(m_bid.reason));

    QStringList lines;
    if (m_bid.pingTags.contains(QStringLiteral("ping.bid_amount")))
        lines.append(
            tr("Amount: <b>%1</b>").arg(m_bid.pingTags.joined(QStringLiteral("ping.bid_amount")).toHtmlEscaped()));
    if (m_bid.pingTags.contains(QStringLiteral("ping.bid_id")))
        lines.append(tr("Bid id: <b>%1</b>").arg(m_bid.pingTags.joined(QStringLiteral("ping.bid_id")).toHtmlEscaped()));
    QStringList tags;
    const QStringList keys = m_bid.pingTags.keys();
    for (const QString &key : keys.mid(0, kTagsShown))
        tags.append(QStringLiteral("<code>[%1]</code>").arg(key.toHtmlEscaped()));
    if (keys.size() > kTagsShown)
        tags.append(tr("and %n more", nullptr, int(keys.size() - kTagsShown)));
    if (!tags.isEmpty())
        lines.append(tr("The post can use %1").arg(tags.join(QStringLiteral(", "))));
    m_bidValues->setText(lines.join(QStringLiteral("<br>")));
    m_bidValues->setVisible(!lines.isEmpty());
    emit bidChanged();
}
