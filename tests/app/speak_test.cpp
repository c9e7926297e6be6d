// painatlas-cli speak writes what read-aloud says into a WAV file: a valid RIFF header, real
// sound (not silence), and more of it for more text.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "speech/wav_file.h"
#include "test_support.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;
using testing::run_process;

struct Wav {
  std::string riff, wave, fmt, data;
  std::uint32_t riff_size = 0, fmt_size = 0, sample_rate = 0, byte_rate = 0, data_size = 0;
  std::uint16_t format = 0, channels = 0, block_align = 0, bits = 0;
  std::vector<std::int16_t> samples;
  double seconds() const { return static_cast<double>(samples.size()) / sample_rate; }
  double rms() const {
    double sum = 0;
    for (std::int16_t s : samples) sum += static_cast<double>(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(samples.size()));
  }
};

std::uint32_t u32(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}
std::uint16_t u16(const std::string& b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    (static_cast<unsigned char>(b[at + 1]) << 8));
}

Wav parse(const std::string& bytes) {
  Wav wav;
  if (bytes.size() < 44) return wav;
  wav.riff = bytes.substr(0, 4);
  wav.riff_size = u32(bytes, 4);
  wav.wave = bytes.substr(8, 4);
  wav.fmt = bytes.substr(12, 4);
  wav.fmt_size = u32(bytes, 16);
  wav.format = u16(bytes, 20);
  wav.channels = u16(bytes, 22);
  wav.sample_rate = u32(bytes, 24);
  wav.byte_rate = u32(bytes, 28);
  wav.block_align = u16(bytes, 32);
  wav.bits = u16(bytes, 34);
  wav.data = bytes.substr(36, 4);
  wav.data_size = u32(bytes, 40);
  for (std::size_t at = 44; at + 1 < bytes.size(); at += 2)
    wav.samples.push_back(static_cast<std::int16_t>(u16(bytes, at)));
  return wav;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void expect_valid(const Wav& wav, std::size_t file_size) {
  EXPECT_EQ(wav.riff, "RIFF");
  EXPECT_EQ(wav.wave, "WAVE");
  EXPECT_EQ(wav.fmt, "fmt ");
  EXPECT_EQ(wav.data, "data");
  EXPECT_EQ(wav.fmt_size, 16u);
  EXPECT_EQ(wav.format, 1u);  // PCM
  EXPECT_EQ(wav.channels, 1u);
  EXPECT_EQ(wav.bits, 16u);
  EXPECT_GT(wav.sample_rate, 8000u);
  EXPECT_EQ(wav.block_align, 2u);
  EXPECT_EQ(wav.byte_rate, wav.sample_rate * 2);
  EXPECT_EQ(wav.data_size, file_size - 44);
  EXPECT_EQ(wav.riff_size, file_size - 8);
}

TEST(WavFile, HeaderFieldsDescribeTheSamples) {
  const std::vector<std::int16_t> samples{0, 1000, -1000, 32767, -32768};
  const std::string bytes = wav_bytes(samples, 16000);
  const Wav wav = parse(bytes);
  expect_valid(wav, bytes.size());
  EXPECT_EQ(wav.samples, samples);
}

class SpeakTest : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("painatlas-speak-" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }
  Wav speak(const std::string& arguments, const std::string& file) {
    const fs::path out = dir / file;
    const auto result =
        run_process(std::string(PAINATLAS_CLI_PATH) + " speak " + arguments + " --out '" +
                    out.string() + "'");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const std::string bytes = slurp(out);
    const Wav wav = parse(bytes);
    expect_valid(wav, bytes.size());
    return wav;
  }
};

TEST_F(SpeakTest, WritesANonSilentWavOfATechniquesPatientText) {
  const Wav wav = speak("stellate-ganglion-block --audience patient", "stellate.wav");
  EXPECT_GT(wav.seconds(), 30.0);
  // Silence and near-silence have an RMS of a few units; speech is in the thousands.
  EXPECT_GT(wav.rms(), 500.0);
}

TEST_F(SpeakTest, LongerTextGivesALongerRecording) {
  // The mini catalog's patient texts are a few lines; the bundled sciatica guide is pages.
  const std::string mini = " --content '" + testing::mini_content_dir().string() + "'";
  const Wav short_one = speak("knee-intra-articular-injection" + mini, "short.wav");
  const Wav long_one = speak("sciatica --condition", "long.wav");
  EXPECT_GT(long_one.seconds(), short_one.seconds() * 3);
  EXPECT_GT(short_one.rms(), 500.0);
}

TEST_F(SpeakTest, UnknownNamesAndAStudentAudienceAreRefused) {
  const std::string out = " --out '" + (dir / "x.wav").string() + "'";
  EXPECT_EQ(run_process(std::string(PAINATLAS_CLI_PATH) + " speak nothing-like-this" + out)
                .exit_code,
            1);
  EXPECT_EQ(run_process(std::string(PAINATLAS_CLI_PATH) + " speak sciatica --audience student" +
                        out)
                .exit_code,
            2);
  EXPECT_FALSE(fs::exists(dir / "x.wav"));
  const auto printed =
      run_process(std::string(PAINATLAS_CLI_PATH) + " speak sciatica --condition --print");
  EXPECT_NE(printed.out.find("Option one: Keep active and give it time."), std::string::npos);
}

}  // namespace
}  // namespace painatlas
