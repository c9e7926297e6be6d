#include "speech/wav_file.h"

namespace painatlas {

namespace {

void put_u32(std::string& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

void put_u16(std::string& out, std::uint16_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>((value >> 8) & 0xFF);
}

}  // namespace

std::string wav_bytes(const std::vector<std::int16_t>& samples, int sample_rate) {
  constexpr std::uint16_t kChannels = 1;
  constexpr std::uint16_t kBitsPerSample = 16;
  constexpr std::uint16_t kBlockAlign = kChannels * kBitsPerSample / 8;
  const auto data_bytes = static_cast<std::uint32_t>(samples.size() * kBlockAlign);
  std::string out;
  out.reserve(44 + data_bytes);
  out += "RIFF";
  put_u32(out, 36 + data_bytes);
  out += "WAVE";
  out += "fmt ";
  put_u32(out, 16);  // size of the PCM format chunk
  put_u16(out, 1);   // PCM
  put_u16(out, kChannels);
  put_u32(out, static_cast<std::uint32_t>(sample_rate));
  put_u32(out, static_cast<std::uint32_t>(sample_rate) * kBlockAlign);
  put_u16(out, kBlockAlign);
  put_u16(out, kBitsPerSample);
  out += "data";
  put_u32(out, data_bytes);
  for (std::int16_t sample : samples) put_u16(out, static_cast<std::uint16_t>(sample));
  return out;
}

}  // namespace painatlas
