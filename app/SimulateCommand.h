#pragma once

#include <QStringList>

class QTextStream;

// simulate SCENARIO.json [--json]: plans and runs one call with canned responses, no network.
class SimulateCommand final
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
