#include "qr.hpp"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

namespace signaal::certs {

QrMatrix qr_matrix(std::string_view text) {
    struct Free {
        void operator()(QRcode* q) const { QRcode_free(q); }
    };
    std::unique_ptr<QRcode, Free> code(QRcode_encodeData(static_cast<int>(text.size()),
                                                         reinterpret_cast<const unsigned char*>(text.data()), 0,
                                                         QR_ECLEVEL_M));
    if (!code) throw std::runtime_error(std::string("cannot make a QR code: ") + std::strerror(errno));
    QrMatrix m;
    m.width = code->width;
    m.dark.resize(static_cast<std::size_t>(m.width) * static_cast<std::size_t>(m.width));
    for (std::size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = (code->data[i] & 1) != 0;  // bit 0: dark module
    return m;
}

}  // namespace signaal::certs
