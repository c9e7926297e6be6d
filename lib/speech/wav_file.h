// A WAV file (RIFF, 16-bit signed little-endian PCM, one channel) from synthesised samples. The
// header is written here field by field rather than taken from a library: it is 44 bytes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace painatlas {

std::string wav_bytes(const std::vector<std::int16_t>& samples, int sample_rate);

}  // namespace painatlas
