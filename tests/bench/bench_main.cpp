// painatlas_bench: load, search, filter and GUI frame benchmarks with Google Benchmark, the peers
// measured in the same run (SQLite FTS5, a bare yaml-cpp parse, a bare ImGui window), and a
// summary table plus JSON with medians, p99s, ratios and the targets.
#include <benchmark/benchmark.h>
#include <imgui.h>
#include <malloc.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "actions.h"
#include "app_state.h"
#include "catalog/browse_query.h"
#include "catalog/filter.h"
#include "content/loader.h"
#include "fonts.h"
#include "keystrokes.h"
#include "panels.h"
#include "peers.h"
#include "synthetic_catalog.h"
#include "theme.h"

extern char** environ;

namespace painatlas::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

struct Options {
  fs::path bundled = PAINATLAS_BUNDLED_CONTENT_DIR;
  fs::path data = "bench-data";
  fs::path out = "bench-summary.json";
  std::vector<std::size_t> sizes{1000, 10000, 100000};
  fs::path gui = PAINATLAS_GUI_PATH;
  fs::path bare = PAINATLAS_BARE_WINDOW_PATH;
};

// Per-benchmark samples in milliseconds; the summary reads them after the run.
std::map<std::string, std::vector<double>> g_samples;
std::map<std::string, double> g_values;

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t at =
      std::min(values.size() - 1,
               static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5));
  return values[at];
}

void finish(benchmark::State& state, const std::string& name, std::vector<double> samples) {
  state.counters["p50_ms"] = percentile(samples, 0.5);
  state.counters["p99_ms"] = percentile(samples, 0.99);
  g_samples[name] = std::move(samples);
}

std::size_t heap_in_use() { return mallinfo2().uordblks; }

struct Corpus {
  fs::path directory;
  std::uintmax_t yaml_bytes = 0;
  std::shared_ptr<const Catalog> catalog;
  std::size_t heap_bytes = 0;
  std::unique_ptr<Fts5Index> fts;
};
std::map<std::string, Corpus> g_corpora;

Corpus& corpus(const std::string& label) { return g_corpora.at(label); }

void load_benchmark(benchmark::State& state, const std::string& label) {
  Corpus& c = corpus(label);
  std::vector<double> samples;
  for (auto _ : state) {
    c.catalog.reset();
    const std::size_t before = heap_in_use();
    const auto start = Clock::now();
    LoadResult loaded = load_content(c.directory);
    samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    c.heap_bytes = heap_in_use() - before;
    c.catalog = loaded.catalog;
    benchmark::DoNotOptimize(c.catalog);
  }
  state.counters["heap_MB"] = static_cast<double>(c.heap_bytes) / 1e6;
  state.counters["yaml_MB"] = static_cast<double>(c.yaml_bytes) / 1e6;
  finish(state, "load/" + label, std::move(samples));
}

void yaml_benchmark(benchmark::State& state, const std::string& label) {
  std::vector<double> samples;
  for (auto _ : state) {
    const auto start = Clock::now();
    benchmark::DoNotOptimize(bare_yaml_parse(corpus(label).directory));
    samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  finish(state, "yaml-cpp/" + label, std::move(samples));
}

void search_benchmark(benchmark::State& state, const std::string& label, bool peer) {
  Corpus& c = corpus(label);
  if (peer && !c.fts) c.fts = std::make_unique<Fts5Index>(*c.catalog);
  const auto typed = keystrokes();
  std::vector<double> samples;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string& query = typed[i++ % typed.size()];
    const auto start = Clock::now();
    if (peer)
      benchmark::DoNotOptimize(c.fts->search(query));
    else
      benchmark::DoNotOptimize(c.catalog->search_index().search(query));
    samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  finish(state, (peer ? "fts5/" : "search/") + label, std::move(samples));
}

void filter_benchmark(benchmark::State& state, const std::string& label) {
  const Catalog& catalog = *corpus(label).catalog;
  std::vector<FilterQuery> queries(3);
  queries[1].values(Facet::Indication) = {"lumbar-radiculopathy", "chronic-low-back-pain"};
  queries[2] = queries[1];
  queries[2].values(Facet::BleedingRisk) = {"intermediate"};
  queries[2].values(Facet::Contraindication) = {"anticoagulant-therapy"};
  std::vector<double> samples;
  std::size_t i = 0;
  for (auto _ : state) {
    const auto start = Clock::now();
    benchmark::DoNotOptimize(apply_filter(catalog, queries[i++ % queries.size()]));
    samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  finish(state, "filter/" + label, std::move(samples));
}

// The real main window, headless, with every technique in the results list.
void frame_benchmark(benchmark::State& state, const std::string& label) {
  const auto catalog = corpus(label).catalog;
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = {1280, 800};
  io.DeltaTime = 1.0f / 60;
  io.IniFilename = nullptr;
  const ui::Fonts fonts = ui::build_fonts(*io.Fonts, 1.0f);
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  ui::apply_theme(Theme::Light, 1.0f);
  ui::AppState app = ui::make_app_state(catalog, {}, {}, false);
  app.windows = {};
  app.browse.selected = catalog->techniques().front().id;
  ui::Actions actions;
  std::vector<double> samples;
  for (auto _ : state) {
    io.MousePos = {700, 300};  // over the results list: hover work every frame
    const auto start = Clock::now();
    ImGui::NewFrame();
    ui::draw_main_window(app, fonts, actions);
    ImGui::Render();
    ui::apply_actions(app, actions);
    samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  ImGui::DestroyContext(context);
  finish(state, "frame/" + label, std::move(samples));
}

// --- the real programs, under the display xvfb-run gives -------------------------------------

pid_t spawn(const std::vector<std::string>& arguments, int stdout_fd = -1) {
  std::vector<char*> argv;
  for (const auto& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (stdout_fd >= 0) posix_spawn_file_actions_adddup2(&actions, stdout_fd, STDOUT_FILENO);
  pid_t pid = 0;
  const int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return failed ? -1 : pid;
}

std::int64_t monotonic_ns() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<std::int64_t>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// From just before the program is started to the moment it reports its first frame shown
// (both programs print it on the same monotonic clock); its exit is not counted.
double start_to_first_frame_ms(const std::vector<std::string>& arguments) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return 0;
  const std::int64_t started = monotonic_ns();
  const pid_t pid = spawn(arguments, pipe_fds[1]);
  close(pipe_fds[1]);
  std::string output;
  char buffer[256];
  for (ssize_t n; (n = read(pipe_fds[0], buffer, sizeof buffer)) > 0;)
    output.append(buffer, static_cast<std::size_t>(n));
  close(pipe_fds[0]);
  waitpid(pid, nullptr, 0);
  const auto at = output.find("first_frame_monotonic_ns=");
  if (at == std::string::npos) return 0;
  return static_cast<double>(std::stoll(output.substr(at + 25)) - started) / 1e6;
}

double cpu_seconds(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string field;
  for (int i = 1; i <= 13 && in >> field; ++i) {
  }
  long user = 0, system = 0;
  in >> user >> system;
  return static_cast<double>(user + system) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

void measure_programs(const Options& options) {
  if (!std::getenv("DISPLAY")) {
    std::cerr
        << "no DISPLAY: skipping start-up and idle measurements (tests/bench/run uses xvfb-run)\n";
    return;
  }
  std::vector<double> ours, bare;
  for (int i = 0; i < 11; ++i) {
    bare.push_back(start_to_first_frame_ms({options.bare.string()}));
    ours.push_back(start_to_first_frame_ms({options.gui.string(), "--exit-after-first-frame"}));
  }
  g_samples["startup/painatlas"] = ours;
  g_samples["startup/bare-imgui"] = bare;
  // For the record: the first start after the content changed parses the YAML (no cache yet).
  std::vector<double> uncached;
  for (int i = 0; i < 5; ++i) {
    const auto empty_cache =
        fs::temp_directory_path() / ("painatlas-bench-cache-" + std::to_string(i));
    fs::remove_all(empty_cache);
    setenv("XDG_CACHE_HOME", empty_cache.c_str(), 1);
    uncached.push_back(start_to_first_frame_ms({options.gui.string(), "--exit-after-first-frame"}));
    unsetenv("XDG_CACHE_HOME");
    fs::remove_all(empty_cache);
  }
  g_samples["startup/painatlas-no-cache"] = uncached;
  // Idle: the real program, left alone for ten seconds after it settles.
  const pid_t pid = spawn({options.gui.string()});
  std::this_thread::sleep_for(std::chrono::seconds(3));
  const double before = cpu_seconds(pid);
  std::this_thread::sleep_for(std::chrono::seconds(10));
  const double after = cpu_seconds(pid);
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  g_values["idle_cpu_percent"] = (after - before) / 10.0 * 100.0;
}

// --- summary -----------------------------------------------------------------------------------

double p50(const std::string& name) { return percentile(g_samples[name], 0.5); }
double p99(const std::string& name) { return percentile(g_samples[name], 0.99); }

void summarise(const Options& options) {
  json out = {{"sizes", options.sizes}, {"rows", json::array()}, {"targets", json::array()}};
  std::printf("\n%-26s %12s %12s %12s %10s\n", "measure", "median ms", "p99 ms", "peer median",
              "ours/peer");
  const auto row = [&](const std::string& name, const std::string& peer) {
    if (!g_samples.contains(name)) return;
    const double ratio = peer.empty() || p50(peer) == 0 ? 0 : p50(name) / p50(peer);
    std::printf("%-26s %12.3f %12.3f %12s %10s\n", name.c_str(), p50(name), p99(name),
                peer.empty() ? "" : std::to_string(p50(peer)).substr(0, 8).c_str(),
                peer.empty() ? "" : std::to_string(ratio).substr(0, 5).c_str());
    json entry = {{"name", name},
                  {"median_ms", p50(name)},
                  {"p99_ms", p99(name)},
                  {"samples", g_samples[name].size()}};
    if (!peer.empty())
      entry.update({{"peer", peer}, {"peer_median_ms", p50(peer)}, {"ratio", ratio}});
    out["rows"].push_back(entry);
  };
  std::vector<std::string> labels{"bundled"};
  for (auto size : options.sizes) labels.push_back(std::to_string(size));
  for (const auto& label : labels)
    row("load/" + label, label == "bundled" ? "" : "yaml-cpp/" + label);
  for (const auto& label : labels) row("search/" + label, "fts5/" + label);
  for (const auto& label : labels) row("filter/" + label, "");
  for (const auto& label : labels) row("frame/" + label, "");
  row("startup/painatlas", "startup/bare-imgui");
  row("startup/painatlas-no-cache", "startup/bare-imgui");

  std::printf("\n%-58s %12s %10s  %s\n", "target", "measured", "limit", "");
  bool all_met = true;
  const auto target = [&](const std::string& what, double measured, double limit) {
    const bool met = measured <= limit;
    all_met = all_met && met;
    std::printf("%-58s %12.3f %10.3f  %s\n", what.c_str(), measured, limit, met ? "met" : "MISSED");
    out["targets"].push_back(
        {{"target", what}, {"measured", measured}, {"limit", limit}, {"met", met}});
  };
  const auto has = [&](const std::string& name) {
    return g_samples.contains(name) && !g_samples[name].empty();
  };
  if (has("search/10000"))
    target("search p99 per keystroke at 10,000 (ms)", p99("search/10000"), 1.0);
  if (has("search/100000"))
    target("search p99 per keystroke at 100,000 (ms)", p99("search/100000"), 10.0);
  for (const auto& label : labels)
    if (has("search/" + label) && has("fts5/" + label))
      target("search median / FTS5 median at " + label,
             p50("search/" + label) / p50("fts5/" + label), 0.5);
  if (has("load/bundled")) target("load bundled content (ms)", p50("load/bundled"), 50.0);
  for (auto size : options.sizes) {
    const std::string label = std::to_string(size);
    if (has("load/" + label) && has("yaml-cpp/" + label))
      target("load / bare yaml-cpp parse at " + label,
             p50("load/" + label) / p50("yaml-cpp/" + label), 1.3);
    if (g_corpora.contains(label) && g_corpora[label].yaml_bytes > 0)
      target("catalog heap / YAML bytes at " + label,
             static_cast<double>(g_corpora[label].heap_bytes) /
                 static_cast<double>(g_corpora[label].yaml_bytes),
             3.0);
  }
  if (has("frame/10000"))
    target("GUI frame CPU p99 with 10,000 listed (ms)", p99("frame/10000"), 2.0);
  if (g_values.contains("idle_cpu_percent"))
    target("idle CPU (% of one core)", g_values["idle_cpu_percent"], 1.0);
  if (has("startup/painatlas") && has("startup/bare-imgui"))
    target("start to first frame / bare ImGui+GLFW window",
           p50("startup/painatlas") / p50("startup/bare-imgui"), 1.5);
  out["all_targets_met"] = all_met;
  out["values"] = g_values;
  std::ofstream(options.out) << out.dump(2) << '\n';
  std::printf("\n%s; summary written to %s\n", all_met ? "All targets met" : "Some targets MISSED",
              options.out.c_str());
}

}  // namespace
}  // namespace painatlas::bench

int main(int argc, char** argv) {
  using namespace painatlas::bench;
  Options options;
  std::vector<char*> benchmark_args{argv[0]};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (arg == "--data")
      options.data = value();
    else if (arg == "--out")
      options.out = value();
    else if (arg == "--sizes") {
      options.sizes.clear();
      std::stringstream list(value());
      for (std::string size; std::getline(list, size, ',');)
        options.sizes.push_back(std::stoul(size));
    } else
      benchmark_args.push_back(argv[i]);
  }
  g_corpora["bundled"] = {options.bundled, 0, nullptr, 0, nullptr};
  for (auto size : options.sizes) {
    const std::string label = std::to_string(size);
    const auto directory = options.data / ("synthetic-" + label);
    std::fprintf(stderr, "preparing %s techniques in %s\n", label.c_str(), directory.c_str());
    const auto bytes = ensure_synthetic_catalog(options.bundled, directory, size);
    g_corpora[label] = {directory, bytes, nullptr, 0, nullptr};
  }
  std::uintmax_t bundled_bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(options.bundled / "techniques"))
    bundled_bytes += entry.file_size();
  g_corpora["bundled"].yaml_bytes = bundled_bytes;

  std::vector<std::string> labels{"bundled"};
  for (auto size : options.sizes) labels.push_back(std::to_string(size));
  for (const auto& label : labels) {
    const std::size_t n = label == "bundled" ? 50 : std::stoul(label);
    const int load_runs = n >= 100000 ? 1 : n >= 10000 ? 3 : label == "bundled" ? 30 : 10;
    benchmark::RegisterBenchmark(("load/" + label).c_str(), load_benchmark, label)
        ->Iterations(load_runs)
        ->Unit(benchmark::kMillisecond);
    if (label != "bundled")
      benchmark::RegisterBenchmark(("yaml-cpp/" + label).c_str(), yaml_benchmark, label)
          ->Iterations(load_runs)
          ->Unit(benchmark::kMillisecond);
    const auto rounds =
        static_cast<benchmark::IterationCount>(keystrokes().size() * (n >= 100000 ? 2 : 5));
    benchmark::RegisterBenchmark(("search/" + label).c_str(), search_benchmark, label, false)
        ->Iterations(rounds)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("fts5/" + label).c_str(), search_benchmark, label, true)
        ->Iterations(rounds)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("filter/" + label).c_str(), filter_benchmark, label)
        ->Iterations(n >= 100000 ? 30 : 300)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("frame/" + label).c_str(), frame_benchmark, label)
        ->Iterations(300)
        ->Unit(benchmark::kMicrosecond);
  }
  int count = static_cast<int>(benchmark_args.size());
  benchmark::Initialize(&count, benchmark_args.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  measure_programs(options);
  summarise(options);
  return 0;
}
