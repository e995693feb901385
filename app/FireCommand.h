#pragma once

#include <QStringList>

class QTextStream;

// fire SCENARIO.json [--har OUT.har] [--json]: runs one call, sending every request for real.
class FireCommand final
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
