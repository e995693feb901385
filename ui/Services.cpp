#include "Services.h"

#include "PixelStore.h"
#include "SandboxReceiver.h"

Services::Services(QObject *parent)
    : QObject(parent)
    , m_receiver(new SandboxReceiver(this))
{
}

Services::~Services() = default;

PixelStore *Services::pixelStore() const
{
    return m_pixelStore && m_pixelStore->isOpen() ? m_pixelStore.get() : nullptr;
}

bool Services::startReceiver(quint16 port, QString *error)
{
    m_receiver->close();
    const bool ok = m_receiver->listen(port);
    if (!ok && error)
        *error = m_receiver->errorString();
    Q_EMIT receiverStateChanged();
    return ok;
}

bool Services::openPixelStore(const QString &path, QString *error)
{
    auto store = std::make_unique<PixelStore>();
    if (!store->open(path, error))
        return false;
    m_pixelStore = std::move(store);
    Q_EMIT pixelStoreChanged();
    return true;
}
