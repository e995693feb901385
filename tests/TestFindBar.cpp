// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/FindBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTest>

class TestFindBar : public QObject
{
    Q_OBJECT

private:
    // Acme / Solar leads / (Send lead, Pixel) ; Buyers / Lead buyer
    static void fill(QStandardItemModel *model)
    {
        auto *company = new QStandardItem(QStringLiteral("Acme"));
        auto *campaign = new QStandardItem(QStringLiteral("Solar leads"));
        campaign->appendRow(new QStandardItem(QStringLiteral("Send lead")));
        campaign->appendRow(new QStandardItem(QStringLiteral("Pixel")));
        company->appendRow(campaign);
        auto *buyers = new QStandardItem(QStringLiteral("Buyers"));
        buyers->appendRow(new QStandardItem(QStringLiteral("LEAD buyer")));
        model->appendRow(company);
        model->appendRow(buyers);
    }

private slots:
    void matchesInTreeOrderIgnoringCase()
    {
        QStandardItemModel model;
        fill(&model);
        QStringList names;
        for (const QModelIndex &index : FindBar::matches(&model, QStringLiteral(" lead ")))
            names.append(index.data().toString());
        QCOMPARE(names, (QStringList{QStringLiteral("Solar leads"), QStringLiteral("Send lead"),
                                     QStringLiteral("LEAD buyer")}));
        QVERIFY(FindBar::matches(&model, QString()).isEmpty());
        QVERIFY(FindBar::matches(&model, QStringLiteral("   ")).isEmpty());
        QVERIFY(FindBar::matches(nullptr, QStringLiteral("lead")).isEmpty());
    }

    void countsWhichOfHowMany()
    {
        QStandardItemModel model;
        fill(&model);
        const QString text = QStringLiteral("lead");
        const QModelIndexList found = FindBar::matches(&model, text);
        QCOMPARE(FindBar::countText(found, found.at(0), text), QStringLiteral("1 of 3"));
        QCOMPARE(FindBar::countText(found, found.at(2), text), QStringLiteral("3 of 3"));
        QCOMPARE(FindBar::countText(found, model.index(0, 0), text), QStringLiteral("3 matches"));
        QCOMPARE(FindBar::countText(found, QModelIndex(), text), QStringLiteral("3 matches"));
        const QModelIndexList one = FindBar::matches(&model, QStringLiteral("pixel"));
        QCOMPARE(FindBar::countText(one, model.index(0, 0), QStringLiteral("pixel")), QStringLiteral("1 match"));
        QCOMPARE(FindBar::countText({}, QModelIndex(), QStringLiteral("zzz")), QStringLiteral("No match"));
        QCOMPARE(FindBar::countText({}, QModelIndex(), QString()), QString());
    }

    void recountShowsItBesideTheField()
    {
        QStandardItemModel model;
        fill(&model);
        FindBar bar;
        bar.field()->setText(QStringLiteral("lead"));
        const QModelIndex sendLead = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
        QCOMPARE(sendLead.data().toString(), QStringLiteral("Send lead"));
        bar.recount(&model, sendLead);
        QCOMPARE(bar.countLabel()->text(), QStringLiteral("2 of 3"));
        // The field keeps its width whatever the count says.
        const int width = bar.countLabel()->minimumSizeHint().width();
        bar.field()->setText(QStringLiteral("a"));
        bar.recount(&model, sendLead);
        QCOMPARE(bar.countLabel()->minimumSizeHint().width(), width);
    }
};

QTEST_MAIN(TestFindBar)
#include "TestFindBar.moc"
