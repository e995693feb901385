// HAR files from Chrome, Firefox, Playwright and this app (har-info, the log import). A file
// that reads must also survive what the app does next: redaction of every entry for export,
// and a write and re-read through HarWriter that gives the same number of pages and entries.

#include "FuzzSupport.h"

#include "HarReader.h"
#include "HarWriter.h"
#include "Redactor.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HarLog log;
    QString error;
    if (!HarReader::read(FuzzSupport::bytes(data, size), &log, &error)) {
        if (error.isEmpty())
            FuzzSupport::violated("a HAR file was refused without a message");
        return 0;
    }

    Redactor redactor;
    for (const HarEntry &entry : std::as_const(log.entries))
        redactor.learn(entry.exchange);
    for (const HarEntry &entry : std::as_const(log.entries))
        redactor.redact(entry.exchange);

    HarLog again;
    if (!HarReader::fromJson(HarWriter::toJson(log), &again, &error))
        FuzzSupport::violated("a HAR log this app wrote cannot be read back", error.toUtf8());
    if (again.entries.size() != log.entries.size() || again.pages.size() != log.pages.size())
        FuzzSupport::violated("a HAR log lost pages or entries in a write and re-read");
    return 0;
}
