// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "response/GeoTable.h"

#include <QSet>
#include <QTest>

class TestGeoTable : public QObject
{
    Q_OBJECT

private slots:
    // One real ZIP code for every state, DC, territory and military region.
    void everyStateAndTerritory_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("state");
        const QList<QPair<const char *, const char *>> rows = {
            {"35203", "al"}, {"99501", "ak"}, {"85004", "az"}, {"72201", "ar"}, {"90012", "ca"}, {"80202", "co"},
            {"06103", "ct"}, {"19901", "de"}, {"32301", "fl"}, {"30303", "ga"}, {"96813", "hi"}, {"83702", "id"},
            {"60601", "il"}, {"46204", "in"}, {"50309", "ia"}, {"66603", "ks"}, {"40202", "ky"}, {"70112", "la"},
            {"04101", "me"}, {"21201", "md"}, {"02108", "ma"}, {"48226", "mi"}, {"55401", "mn"}, {"39201", "ms"},
            {"63101", "mo"}, {"59601", "mt"}, {"68102", "ne"}, {"89101", "nv"}, {"03301", "nh"}, {"07102", "nj"},
            {"87501", "nm"}, {"10001", "ny"}, {"27601", "nc"}, {"58501", "nd"}, {"43215", "oh"}, {"73102", "ok"},
            {"97201", "or"}, {"19103", "pa"}, {"02903", "ri"}, {"29201", "sc"}, {"57501", "sd"}, {"37219", "tn"},
            {"78701", "tx"}, {"84111", "ut"}, {"05602", "vt"}, {"23219", "va"}, {"98101", "wa"}, {"25301", "wv"},
            {"53703", "wi"}, {"82001", "wy"}, {"20001", "dc"}, {"00901", "pr"}, {"00802", "vi"}, {"96910", "gu"},
            {"96799", "as"}, {"96950", "mp"}, {"96939", "pw"}, {"96941", "fm"}, {"96960", "mh"}, {"34001", "aa"},
            {"09001", "ae"}, {"96201", "ap"},
        };
        for (const auto &[zip, state] : rows)
            QTest::newRow(zip) << QString::fromLatin1(zip) << QString::fromLatin1(state);
    }

    void everyStateAndTerritory()
    {
        QFETCH(QString, zip);
        QFETCH(QString, state);
        QCOMPARE(GeoTable::stateForZip(zip), state);
    }

    void allFiftyStatesDcAndTerritoriesAreCovered()
    {
        // Every state the table knows, gathered over the whole ZIP space.
        QSet<QString> seen;
        for (int zip = 0; zip < 100000; ++zip)
            seen.insert(GeoTable::stateForZip(QString::number(zip).rightJustified(5, QLatin1Char('0'))));
        const QStringList expected =
            QStringLiteral(
                "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd "
                "oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr vi gu as mp pw fm mh aa ae ap")
                .split(QLatin1Char(' '));
        QCOMPARE(expected.size(), 50 + 1 + 5 + 3 + 3);
        for (const QString &state : expected)
            QVERIFY2(seen.contains(state), qPrintable(state));
        seen.remove(QString());
        QCOMPARE(seen.size(), expected.size());
    }

    // Range edges, prefixes shared or split between states, and the exceptions to the prefixes.
    void boundariesAndExceptions_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("state");
        QTest::newRow("first assigned") << "00501"
                                        << "ny";
        QTest::newRow("pr before vi") << "00795"
                                      << "pr";
        QTest::newRow("vi") << "00851"
                            << "vi";
        QTest::newRow("pr after vi") << "00988"
                                     << "pr";
        QTest::newRow("ma last") << "02791"
                                 << "ma";
        QTest::newRow("ri first") << "02801"
                                  << "ri";
        QTest::newRow("andover irs") << "05501"
                                     << "ma";
        QTest::newRow("vt after andover") << "05601"
                                          << "vt";
        QTest::newRow("fishers island") << "06390"
                                        << "ny";
        QTest::newRow("ct around fishers island") << "06389"
                                                  << "ct";
        QTest::newRow("ae last") << "09898"
                                 << "ae";
        QTest::newRow("dulles") << "20101"
                                << "va";
        QTest::newRow("dc 205") << "20500"
                                << "dc";
        QTest::newRow("md inside 205") << "20588"
                                       << "md";
        QTest::newRow("va inside 205") << "20598"
                                       << "va";
        QTest::newRow("md before gap") << "21298"
                                       << "md";
        QTest::newRow("md after gap") << "21401"
                                      << "md";
        QTest::newRow("aa") << "34092"
                            << "aa";
        QTest::newRow("fl after aa") << "34102"
                                     << "fl";
        QTest::newRow("ga 398") << "39813"
                                << "ga";
        QTest::newRow("dc parcel return") << "56901"
                                          << "dc";
        QTest::newRow("austin irs") << "73301"
                                    << "tx";
        QTest::newRow("ok panhandle") << "73942"
                                      << "ok";
        QTest::newRow("texhoma") << "73960"
                                 << "tx";
        QTest::newRow("alta") << "83414"
                              << "wy";
        QTest::newRow("id around alta") << "83401"
                                        << "id";
        QTest::newRow("casa grande") << "85122"
                                     << "az";
        QTest::newRow("el paso") << "88510"
                                 << "tx";
        QTest::newRow("ap last") << "96699"
                                 << "ap";
        QTest::newRow("hi 967") << "96701"
                                << "hi";
        QTest::newRow("fm") << "96944"
                            << "fm";
        QTest::newRow("mp last") << "96952"
                                 << "mp";
        QTest::newRow("mh ebeye") << "96970"
                                  << "mh";
        QTest::newRow("last") << "99950"
                              << "ak";
        QTest::newRow("zip+4") << "10101-1234"
                               << "ny";
        QTest::newRow("surrounding blanks") << " 10101 "
                                            << "ny";
    }

    void boundariesAndExceptions()
    {
        QFETCH(QString, zip);
        QFETCH(QString, state);
        QCOMPARE(GeoTable::stateForZip(zip), state);
    }

    void noState_data()
    {
        QTest::addColumn<QString>("zip");
        for (const char *zip :
             {"00000", "00401", "09901", "21301", "26901", "34301", "34501", "34801", "35301", "41901",
              "42801", "51701", "52901", "53301", "53601", "55201", "56801", "57801", "58901", "62101",
              "63201", "64201", "65901", "66301", "68201", "69401", "70201", "70901", "71501", "73201",
              "74201", "77101", "81701", "83901", "84801", "85401", "85801", "86101", "86601", "87201",
              "88601", "89201", "89601", "89901", "90901", "92901", "98701"})
            QTest::newRow(zip) << QString::fromLatin1(zip);
        QTest::newRow("empty") << "";
        QTest::newRow("four digits") << "1010";
        QTest::newRow("six digits") << "101011";
        QTest::newRow("letters") << "1O1O1";
        QTest::newRow("bad zip+4 separator") << "10101+1234";
        QTest::newRow("short zip+4") << "10101-123";
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("١٠١٠١");
    }

    void noState()
    {
        QFETCH(QString, zip);
        QCOMPARE(GeoTable::stateForZip(zip), QString());
    }

    void expandGeo_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expanded");
        QTest::newRow("spec example") << "us-10101" << QStringList{"us-10101", "us-ny", "us"};
        QTest::newRow("leading zero") << "us-02108" << QStringList{"us-02108", "us-ma", "us"};
        QTest::newRow("territory") << "us-00901" << QStringList{"us-00901", "us-pr", "us"};
        QTest::newRow("upper case prefix") << "US-90012" << QStringList{"US-90012", "us-ca", "us"};
        QTest::newRow("blanks trimmed") << " us-60601 " << QStringList{"us-60601", "us-il", "us"};
        QTest::newRow("unassigned prefix") << "us-00000" << QStringList{"us-00000", "us"};
        QTest::newRow("state already") << "us-ny" << QStringList{"us-ny"};
        QTest::newRow("country") << "us" << QStringList{"us"};
        QTest::newRow("four digits") << "us-1010" << QStringList{"us-1010"};
        QTest::newRow("zip+4 is not the form") << "us-10101-1234" << QStringList{"us-10101-1234"};
        QTest::newRow("other country") << "ca-10101" << QStringList{"ca-10101"};
        QTest::newRow("bare zip") << "10101" << QStringList{"10101"};
        QTest::newRow("empty") << "" << QStringList{""};
    }

    void expandGeo()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, expanded);
        QCOMPARE(GeoTable::expandGeo(value), expanded);
    }
};

QTEST_GUILESS_MAIN(TestGeoTable)
#include "TestGeoTable.moc"
