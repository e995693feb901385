// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspace/DetailPane.h"

#include "common/StatePalette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QUrl>

namespace {

using Address = WorkspaceModel::Address;
using Kind = WorkspaceModel::Kind;

const QLatin1String kObjectScheme("wc-object");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString code(const QString &text)
{
    return QStringLiteral("<span class=\"mono\">") % esc(text) % QStringLiteral("</span>");
}

QString link(const Address &address, const QString &text)
{
    QUrl url;
    url.setScheme(kObjectScheme);
    url.setPath(address.path());
    return QStringLiteral("<a href=\"") % esc(url.toString()) % QStringLiteral("\">") % esc(text)
           % QStringLiteral("</a>");
}

QString iconImage(const QString &resource)
{
    return QStringLiteral("<img src=\"") % resource
           % QStringLiteral("\" width=\"22\" height=\"22\" style=\"vertical-align: middle\">");
}

// Builds the page for one object. A plain class so that its strings translate in the
// DetailPane context.
class Page
{
    Q_DECLARE_TR_FUNCTIONS(DetailPane)

public:
    explicit Page(const Workspace &workspace)
        : m_ws(workspace)
    {}

    QString build(const Address &address)
    {
        switch (address.kind) {
        case Kind::Company:
            company();
            break;
        case Kind::Campaigns:
            campaigns();
            break;
        case Kind::Campaign:
            campaign(address);
            break;
        case Kind::Number:
            number(address);
            break;
        case Kind::Buyers:
            buyers();
            break;
        case Kind::Buyer:
            buyer(address);
            break;
        case Kind::Publishers:
            publishers();
            break;
        case Kind::Publisher:
            publisher(address);
            break;
        case Kind::Webhook:
            webhook(address);
            break;
        }
        return m_html;
    }

private:
    // --- page structure ---

    void header(const QString &icon, const QString &title, const QString &subtitleHtml)
    {
        m_html += QStringLiteral("<table class=\"title\" cellspacing=\"0\" cellpadding=\"0\"><tr><td "
                                 "style=\"padding-right: 8px\">")
                  % iconImage(icon) % QStringLiteral("</td><td><h1>") % esc(title)
                  % QStringLiteral("</h1></td></tr></table>");
        if (!subtitleHtml.isEmpty())
            m_html += QStringLiteral("<p class=\"subtitle\">") % subtitleHtml % QStringLiteral("</p>");
    }

    void section(const QString &title) { m_html += QStringLiteral("<h2>") % esc(title) % QStringLiteral("</h2>"); }

    void beginFields()
    {
        m_html += QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
    }

    void field(const QString &label, const QString &valueHtml)
    {
        m_html += QStringLiteral("<tr><td class=\"label\" width=\"140\">") % esc(label)
                  % QStringLiteral("</td><td class=\"value\">") % valueHtml % QStringLiteral("</td></tr>");
    }

    void endTable() { m_html += QStringLiteral("</table>"); }

    void beginGrid(const QStringList &columns)
    {
        m_html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\"><tr>");
        for (const QString &column : columns)
            m_html += QStringLiteral("<th align=\"left\">") % esc(column) % QStringLiteral("</th>");
        m_html += QStringLiteral("</tr>");
    }

    void gridRow(const QStringList &cellsHtml)
    {
        m_html += QStringLiteral("<tr>");
        for (const QString &cell : cellsHtml)
            m_html += QStringLiteral("<td>") % cell % QStringLiteral("</td>");
        m_html += QStringLiteral("</tr>");
    }

    void note(const QString &text)
    {
        m_html += QStringLiteral("<p class=\"note\">") % esc(text) % QStringLiteral("</p>");
    }

    // Qt's rich text ignores padding on blocks, so a code block is a one-cell table.
    void block(const QString &text)
    {
        m_html += QStringLiteral("<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\"><tr><td>"
                                 "<pre>")
                  % esc(text) % QStringLiteral("</pre></td></tr></table>");
    }

    static QString hint(const QString &text)
    {
        return QStringLiteral("<br><span class=\"hint\">") % esc(text) % QStringLiteral("</span>");
    }

    static QString muted(const QString &text)
    {
        return QStringLiteral("<span class=\"hint\">") % esc(text) % QStringLiteral("</span>");
    }

    static QString warning(const QString &text)
    {
        return QStringLiteral("<span class=\"warning\">") % esc(text) % QStringLiteral("</span>");
    }

    // --- shared pieces ---

    static QString seconds(int ms) { return ms % 1000 == 0 ? tr("%1 s").arg(ms / 1000) : tr("%1 ms").arg(ms); }

    static QString tagList(const TagMap &tags)
    {
        if (tags.isEmpty())
            return muted(tr("None"));
        QStringList items;
        for (const QString &pair : tags.pairs())
            items.append(code(pair));
        return items.join(QStringLiteral("<br>"));
    }

    static QString bodyKindLabel(BodyKind kind)
    {
        switch (kind) {
        case BodyKind::None:
            return tr("None");
        case BodyKind::Form:
            return tr("Form (application/x-www-form-urlencoded)");
        case BodyKind::Json:
            return tr("JSON");
        case BodyKind::Raw:
            return tr("Raw text");
        }
        return QString();
    }

    static QString requestLine(const RequestTemplate &request)
    {
        return QStringLiteral("<span class=\"method\">") % esc(request.method) % QStringLiteral("</span>&nbsp; ")
               % code(request.url);
    }

    // SPEC 3 in words: OR within one key, AND across keys.
    static QString matchesText(const QStringList &matches)
    {
        if (matches.isEmpty())
            return tr("Every call (no matches)");
        QStringList keys;
        QList<QStringList> values;
        QStringList invalid;
        for (const QString &entry : matches) {
            QString key;
            QString value;
            if (!TagMap::parsePair(entry, &key, &value)) {
                invalid.append(entry);
                continue;
            }
            int at = -1;
            for (int i = 0; i < keys.size(); ++i) {
                if (keys.at(i).compare(key, Qt::CaseInsensitive) == 0)
                    at = i;
            }
            if (at < 0) {
                keys.append(key);
                values.append(QStringList());
                at = int(keys.size()) - 1;
            }
            if (!value.isEmpty())
                values[at].append(value);
        }
        QStringList clauses;
        for (int i = 0; i < keys.size(); ++i) {
            if (values.at(i).isEmpty()) {
                clauses.append(tr("%1 is present").arg(code(keys.at(i))));
                continue;
            }
            QStringList alternatives;
            for (const QString &value : values.at(i))
                alternatives.append(code(value));
            clauses.append(tr("%1 is %2").arg(code(keys.at(i)), alternatives.join(tr(" or "))));
        }
        QString text =
            tr("Only calls where") % QStringLiteral("<br>") % clauses.join(QStringLiteral("<br>") % tr("and "));
        for (const QString &entry : invalid)
            text += QStringLiteral("<br>") % warning(tr("Ignored entry with no key: \"%1\"").arg(entry));
        return text;
    }

    void headersTable(const QList<HeaderTemplate> &headers)
    {
        beginGrid({tr("Header"), tr("Value")});
        for (const HeaderTemplate &header : headers)
            gridRow({code(header.name), code(header.value)});
        endTable();
    }

    void webhookTable(const QList<Webhook> &webhooks, Address owner)
    {
        if (webhooks.isEmpty()) {
            note(tr("No webhooks."));
            return;
        }
        owner.kind = Kind::Webhook;
        beginGrid({tr("Webhook"), tr("Trigger"), tr("Request")});
        for (int i = 0; i < webhooks.size(); ++i) {
            const Webhook &webhook = webhooks.at(i);
            owner.webhook = i;
            QString name =
                link(owner, webhook.name.trimmed().isEmpty() ? Triggers::label(webhook.trigger) : webhook.name);
            if (!webhook.enabled)
                name += QStringLiteral(" ") % muted(tr("(disabled)"));
            QString trigger = esc(Triggers::label(webhook.trigger));
            if (webhook.trigger == Trigger::Timer)
                trigger += QStringLiteral(" ") % esc(tr("at %1 s").arg(webhook.timerSeconds));
            gridRow({name, trigger, requestLine(webhook.request)});
        }
        endTable();
    }

    QString buyerLink(const QString &id) const
    {
        for (int b = 0; b < m_ws.buyers.size(); ++b) {
            if (m_ws.buyers.at(b).id == id) {
                Address address;
                address.kind = Kind::Buyer;
                address.buyer = b;
                const Buyer &buyer = m_ws.buyers.at(b);
                return link(address, buyer.name.trimmed().isEmpty() ? buyer.id : buyer.name);
            }
        }
        return code(id) % QStringLiteral(" ") % warning(tr("(no buyer has this id)"));
    }

    static QString campaignName(const Campaign &campaign)
    {
        return campaign.name.trimmed().isEmpty() ? campaign.id : campaign.name;
    }

    // --- pages ---

    void company()
    {
        const Company &company = m_ws.company;
        const bool named = !company.name.trimmed().isEmpty();
        header(QStringLiteral(":/icons/company.svg"), named ? company.name : tr("Company"),
               named ? esc(tr("Company")) : QString());

        section(tr("Default webhooks"));
        note(tr("Copied into every new campaign."));
        webhookTable(company.defaultWebhooks, Address());

        section(tr("Tracking domains"));
        if (company.trackingDomains.isEmpty()) {
            note(tr("No tracking-domain presets."));
        } else {
            beginGrid({tr("Platform"), tr("Domain")});
            for (auto it = company.trackingDomains.cbegin(); it != company.trackingDomains.cend(); ++it)
                gridRow({esc(it.key()), code(it.value())});
            endTable();
        }
    }

    void campaigns()
    {
        header(QStringLiteral(":/icons/campaign.svg"), tr("Campaigns"), QString());
        if (m_ws.campaigns.isEmpty()) {
            note(tr("This workspace has no campaigns."));
            return;
        }
        beginGrid({tr("Campaign"), tr("Id"), tr("Numbers"), tr("Webhooks"), tr("Buyers")});
        for (int c = 0; c < m_ws.campaigns.size(); ++c) {
            const Campaign &campaign = m_ws.campaigns.at(c);
            Address address;
            address.kind = Kind::Campaign;
            address.campaign = c;
            gridRow({link(address, campaignName(campaign)), code(campaign.id), QString::number(campaign.numbers.size()),
                     QString::number(campaign.webhooks.size()), QString::number(campaign.buyerIds.size())});
        }
        endTable();
    }

    void campaign(const Address &address)
    {
        const Campaign &campaign = m_ws.campaigns.at(address.campaign);
        header(QStringLiteral(":/icons/campaign.svg"), campaignName(campaign),
               esc(tr("Campaign")) % QStringLiteral(" &middot; ") % code(campaign.id));

        section(tr("Conversion criteria"));
        const ConversionCriteria &criteria = campaign.conversion;
        beginFields();
        field(tr("Minimum talk time"), criteria.minDurationSeconds > 0
                                           ? esc(tr("%1 s").arg(criteria.minDurationSeconds))
                                           : muted(tr("None: any answered call")));
        QStringList required;
        for (const QString &tag : criteria.requiredTags)
            required.append(code(tag));
        field(tr("Required tags"), required.isEmpty() ? muted(tr("None")) : required.join(QStringLiteral("<br>")));
        endTable();
        note(tr("A call converts when it was answered, talked at least the minimum and has every required "
                "tag at its end."));

        section(tr("Buyers in routing order"));
        if (campaign.buyerIds.isEmpty()) {
            note(tr("No buyers: calls to this campaign are not routed."));
        } else {
            m_html += QStringLiteral("<ol>");
            for (const QString &id : campaign.buyerIds)
                m_html += QStringLiteral("<li>") % buyerLink(id) % QStringLiteral("</li>");
            m_html += QStringLiteral("</ol>");
        }

        section(tr("Numbers"));
        if (campaign.numbers.isEmpty()) {
            note(tr("No tracking numbers."));
        } else {
            beginGrid({tr("Number"), tr("Name"), tr("Webhooks")});
            Address numberAddress = address;
            numberAddress.kind = Kind::Number;
            for (int n = 0; n < campaign.numbers.size(); ++n) {
                const TrackingNumber &number = campaign.numbers.at(n);
                numberAddress.number = n;
                gridRow({link(numberAddress, number.number), esc(number.name),
                         number.webhooksUnlocked ? esc(tr("Own (%1), unlocked").arg(number.webhooks.size()))
                                                 : muted(tr("The campaign's, locked"))});
            }
            endTable();
        }

        section(tr("Webhooks"));
        webhookTable(campaign.webhooks, address);
    }

    void number(const Address &address)
    {
        const Campaign &campaign = m_ws.campaigns.at(address.campaign);
        const TrackingNumber &number = campaign.numbers.at(address.number);
        Address campaignAddress;
        campaignAddress.kind = Kind::Campaign;
        campaignAddress.campaign = address.campaign;
        header(number.webhooksUnlocked ? QStringLiteral(":/icons/number-unlocked.svg")
                                       : QStringLiteral(":/icons/number-locked.svg"),
               number.number, tr("Tracking number of %1").arg(link(campaignAddress, campaignName(campaign))));

        beginFields();
        field(tr("Number"), code(number.number));
        if (!number.name.trimmed().isEmpty())
            field(tr("Name"), esc(number.name));
        field(tr("Webhooks"), number.webhooksUnlocked
                                  ? esc(tr("Unlocked"))
                                        % hint(tr("This number has its own copy of the webhooks; it overrides the "
                                                  "campaign's for calls to this number."))
                                  : esc(tr("Locked")) % hint(tr("Calls to this number use the campaign's webhooks.")));
        endTable();

        section(tr("Webhooks that apply"));
        if (number.webhooksUnlocked) {
            webhookTable(number.webhooks, address);
        } else {
            note(tr("Inherited from %1:").arg(campaignName(campaign)));
            webhookTable(Workspace::effectiveWebhooks(campaign, number), campaignAddress);
        }
    }

    void buyers()
    {
        header(QStringLiteral(":/icons/buyer.svg"), tr("Buyers"), QString());
        if (m_ws.buyers.isEmpty()) {
            note(tr("This workspace has no buyers."));
            return;
        }
        beginGrid({tr("Buyer"), tr("Id"), tr("Webhooks")});
        for (int b = 0; b < m_ws.buyers.size(); ++b) {
            const Buyer &buyer = m_ws.buyers.at(b);
            gridRow({buyerLink(buyer.id), code(buyer.id), QString::number(buyer.webhooks.size())});
        }
        endTable();
    }

    void buyer(const Address &address)
    {
        const Buyer &buyer = m_ws.buyers.at(address.buyer);
        header(QStringLiteral(":/icons/buyer.svg"), buyer.name.trimmed().isEmpty() ? buyer.id : buyer.name,
               esc(tr("Buyer")));

        beginFields();
        field(tr("Id"), code(buyer.id) % hint(tr("Becomes the call's handler_id tag.")));
        field(tr("Tags"), tagList(buyer.tags));
        QStringList routedFrom;
        for (int c = 0; c < m_ws.campaigns.size(); ++c) {
            const Campaign &campaign = m_ws.campaigns.at(c);
            const int position = int(campaign.buyerIds.indexOf(buyer.id));
            if (position < 0)
                continue;
            Address campaignAddress;
            campaignAddress.kind = Kind::Campaign;
            campaignAddress.campaign = c;
            routedFrom.append(tr("%1, position %2 of %3")
                                  .arg(link(campaignAddress, campaignName(campaign)))
                                  .arg(position + 1)
                                  .arg(campaign.buyerIds.size()));
        }
        field(tr("Routed from"), routedFrom.isEmpty() ? muted(tr("No campaign routes calls to this buyer"))
                                                      : routedFrom.join(QStringLiteral("<br>")));
        endTable();

        section(tr("Webhooks"));
        note(tr("These fire only for calls routed to this buyer."));
        webhookTable(buyer.webhooks, address);
    }

    void publishers()
    {
        header(QStringLiteral(":/icons/publisher.svg"), tr("Publishers"), QString());
        if (m_ws.publishers.isEmpty()) {
            note(tr("This workspace has no publishers."));
            return;
        }
        beginGrid({tr("Publisher"), tr("source_id")});
        for (int p = 0; p < m_ws.publishers.size(); ++p) {
            const Publisher &publisher = m_ws.publishers.at(p);
            Address address;
            address.kind = Kind::Publisher;
            address.publisher = p;
            gridRow({link(address, publisher.name.trimmed().isEmpty() ? publisher.sourceId : publisher.name),
                     code(publisher.sourceId)});
        }
        endTable();
    }

    void publisher(const Address &address)
    {
        const Publisher &publisher = m_ws.publishers.at(address.publisher);
        header(QStringLiteral(":/icons/publisher.svg"),
               publisher.name.trimmed().isEmpty() ? publisher.sourceId : publisher.name, esc(tr("Publisher")));

        beginFields();
        field(tr("source_id"),
              code(publisher.sourceId) % hint(tr("Calls from this publisher carry this source_id tag.")));
        field(tr("Tags"), tagList(publisher.tags));
        endTable();

        section(tr("Data-writing postback"));
        if (publisher.postbackKey.isEmpty() && publisher.postbackFields.isEmpty()) {
            note(tr("No data-writing postback is set up for this publisher."));
            return;
        }
        beginFields();
        field(tr("Key"), publisher.postbackKey.isEmpty()
                             ? warning(tr("Missing: the receiver cannot tell whose data it is"))
                             : code(publisher.postbackKey));
        QStringList fields;
        for (const QString &name : publisher.postbackFields)
            fields.append(code(name));
        field(tr("Fields"),
              fields.isEmpty() ? muted(tr("None besides caller_number")) : fields.join(QStringLiteral(", ")));
        QString url = QStringLiteral("/data_writing?key=")
                      % QString::fromLatin1(QUrl::toPercentEncoding(publisher.postbackKey))
                      % QStringLiteral("&caller_number=CALLER_NUMBER");
        for (const QString &name : publisher.postbackFields) {
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(name));
            url += QLatin1Char('&') % encoded % QLatin1Char('=') % encoded.toUpper();
        }
        field(tr("Request"), code(url)
                                 % hint(tr("The publisher sends this to the receiver, with the upper-case "
                                           "values filled in; each field becomes a tag on the call.")));
        endTable();
    }

    void webhook(const Address &address)
    {
        const Webhook *found = WorkspaceModel::webhookAt(m_ws, address);
        if (!found)
            return;
        const Webhook &webhook = *found;
        header(QStringLiteral(":/icons/webhook.svg"),
               webhook.name.trimmed().isEmpty() ? Triggers::label(webhook.trigger) : webhook.name, ownerText(address));

        beginFields();
        field(tr("Trigger"), QStringLiteral("<b>") % esc(Triggers::label(webhook.trigger)) % QStringLiteral("</b> ")
                                 % muted(QStringLiteral("(") % Triggers::name(webhook.trigger) % QStringLiteral(")"))
                                 % hint(Triggers::description(webhook.trigger)));
        if (webhook.trigger == Trigger::Timer)
            field(tr("Timer"), esc(tr("%1 s of talk time").arg(webhook.timerSeconds)));
        field(tr("Status"), webhook.enabled ? esc(tr("Enabled")) : warning(tr("Disabled: never fires")));
        field(tr("Request"), requestLine(webhook.request));
        field(tr("Timeout"), esc(seconds(webhook.timeoutMs)));
        field(tr("Fires for"), matchesText(webhook.matches));
        if (!webhook.buyerId.isEmpty())
            field(tr("Buyer"), buyerLink(webhook.buyerId) % hint(tr("Fires only for routing attempts to this buyer.")));
        if (webhook.request.headers.isEmpty())
            field(tr("Headers"), muted(tr("None")));
        if (webhook.request.bodyKind == BodyKind::None)
            field(tr("Body"), muted(tr("None")));
        field(tr("Ping-post"), webhook.pingPost.enabled ? esc(tr("On: this request is the post")) : muted(tr("Off")));
        endTable();

        if (!webhook.request.headers.isEmpty()) {
            section(tr("Headers"));
            headersTable(webhook.request.headers);
        }
        if (webhook.request.bodyKind != BodyKind::None) {
            section(tr("Body: %1").arg(bodyKindLabel(webhook.request.bodyKind)));
            if (webhook.request.body.isEmpty())
                note(tr("The body is empty."));
            else
                block(webhook.request.body);
        }
        if (webhook.pingPost.enabled)
            pingPost(webhook.pingPost);
        if (!webhook.notes.trimmed().isEmpty()) {
            section(tr("Notes"));
            m_html += QStringLiteral("<p>") % esc(webhook.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                      % QStringLiteral("</p>");
        }
    }

    void pingPost(const PingPost &pingPost)
    {
        section(tr("Ping"));
        note(tr("The ping asks for a bid; the post above is sent only if the bid is accepted and meets the "
                "minimum. The post may use [ping.KEY] tokens from the ping's response."));
        beginFields();
        field(tr("Request"), requestLine(pingPost.ping));
        field(tr("Bid amount"),
              pingPost.amountPath.isEmpty() ? warning(tr("Missing: no bid can be read")) : code(pingPost.amountPath));
        field(tr("Accepted"),
              pingPost.acceptedPath.isEmpty() ? muted(tr("Any bid with an amount")) : code(pingPost.acceptedPath));
        field(tr("Bid id"), pingPost.bidIdPath.isEmpty() ? muted(tr("Not read")) : code(pingPost.bidIdPath));
        field(tr("Minimum bid"), esc(QString::number(pingPost.minimumBid, 'f', 2)));
        endTable();
        if (!pingPost.ping.headers.isEmpty()) {
            section(tr("Ping headers"));
            headersTable(pingPost.ping.headers);
        }
        if (pingPost.ping.bodyKind != BodyKind::None && !pingPost.ping.body.isEmpty()) {
            section(tr("Ping body: %1").arg(bodyKindLabel(pingPost.ping.bodyKind)));
            block(pingPost.ping.body);
        }
    }

    QString ownerText(const Address &address) const
    {
        Address owner = address;
        owner.webhook = -1;
        if (address.campaign >= 0) {
            const Campaign &campaign = m_ws.campaigns.at(address.campaign);
            owner.kind = Kind::Campaign;
            owner.number = -1;
            const QString campaignLink = link(owner, campaignName(campaign));
            if (address.number < 0)
                return tr("Webhook of campaign %1").arg(campaignLink);
            owner.kind = Kind::Number;
            owner.number = address.number;
            return tr("Webhook of number %1 in %2, overriding the campaign's")
                .arg(link(owner, campaign.numbers.at(address.number).number), campaignLink);
        }
        if (address.buyer >= 0)
            return tr("Webhook of buyer %1").arg(buyerLink(m_ws.buyers.at(address.buyer).id));
        owner.kind = Kind::Company;
        return tr("Default webhook of %1, copied into new campaigns")
            .arg(link(owner, m_ws.company.name.trimmed().isEmpty() ? tr("the company") : m_ws.company.name));
    }

    const Workspace &m_ws;
    QString m_html;
};

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailPane"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // URLs and bodies have no spaces to wrap at.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(16);
    applyStyleSheet();
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kObjectScheme)
            emit objectLinkActivated(url.path(QUrl::FullyDecoded));
    });
}

void DetailPane::showObject(const Workspace &workspace, const WorkspaceModel::Address &address)
{
    m_workspace = workspace;
    m_address = address;
    m_hasObject = true;
    render();
}

void DetailPane::clearObject()
{
    m_workspace = Workspace();
    m_hasObject = false;
    clear();
}

void DetailPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyStyleSheet();
        render();
    }
}

void DetailPane::applyStyleSheet()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QString muted = StatePalette::mix(text, base, 0.45).name();
    const QString border = StatePalette::mix(text, base, 0.85).name();
    const QString codeBackground = StatePalette::mix(text, base, 0.955).name();
    const QString heading = StatePalette::mix(text, base, 0.2).name();
    const QString warn = StatePalette(pal).foreground(StatePalette::State::Error).name();
    const QString accent = pal.color(QPalette::Link).name();

    document()->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: x-large; font-weight: 600; margin: 0; }"
                       "h2 { font-size: medium; font-weight: 600; margin-top: 18px; margin-bottom: 6px; color: ")
        % heading
        % QStringLiteral("; }"
                         ".subtitle { margin-top: 4px; margin-bottom: 6px; color: ")
        % muted
        % QStringLiteral("; }"
                         ".note { margin-top: 2px; margin-bottom: 6px; color: ")
        % muted % QStringLiteral("; }.hint { color: ") % muted % QStringLiteral("; }.label { color: ") % muted
        % QStringLiteral("; }"
                         ".warning { color: ")
        % warn
        % QStringLiteral("; }"
                         ".mono { font-family: monospace; }"
                         ".method { font-family: monospace; font-weight: 600; color: ")
        % accent % QStringLiteral("; }a { color: ") % accent
        % QStringLiteral("; text-decoration: none; }"
                         "table.fields td { border-bottom: 1px solid ")
        % border
        % QStringLiteral("; }"
                         "table.grid th { color: ")
        % muted % QStringLiteral("; font-weight: 600; border-bottom: 1px solid ") % border
        % QStringLiteral("; }"
                         "table.grid td { border-bottom: 1px solid ")
        % border
        % QStringLiteral("; }"
                         "table.code { margin-top: 4px; }"
                         "table.fields { margin-top: 10px; }"
                         "table.code td { background-color: ")
        % codeBackground
        % QStringLiteral("; }"
                         "pre { font-family: monospace; white-space: pre-wrap; margin: 0; }"));
}

void DetailPane::render()
{
    if (!m_hasObject)
        return;
    setHtml(Page(m_workspace).build(m_address));
}
