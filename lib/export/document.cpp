#include "export/document.h"

namespace painatlas {

void Document::heading(int level, std::string words, std::string anchor) {
  Block block;
  block.kind = BlockKind::Heading;
  block.level = level;
  block.anchor = std::move(anchor);
  block.spans.push_back(text(std::move(words)));
  blocks_.push_back(std::move(block));
}

void Document::paragraph(Spans spans, std::string style) {
  if (spans.empty()) return;
  Block block;
  block.spans = std::move(spans);
  block.style = std::move(style);
  blocks_.push_back(std::move(block));
}

void Document::paragraph(std::string words, std::string style) {
  if (words.empty()) return;
  paragraph(Spans{text(std::move(words))}, std::move(style));
}

void Document::list(std::vector<Spans> items, std::string style, std::vector<std::string> anchors) {
  if (items.empty()) return;
  Block block;
  block.kind = BlockKind::List;
  block.items = std::move(items);
  block.item_anchors = std::move(anchors);
  block.style = std::move(style);
  blocks_.push_back(std::move(block));
}

void Document::list(const std::vector<std::string>& items) {
  std::vector<Spans> spans;
  for (const auto& item : items) spans.push_back({text(item)});
  list(std::move(spans));
}

void Document::numbered_list(const std::vector<std::string>& items) {
  if (items.empty()) return;
  Block block;
  block.kind = BlockKind::NumberedList;
  for (const auto& item : items) block.items.push_back({text(item)});
  blocks_.push_back(std::move(block));
}

void Document::table(Table table) {
  if (table.rows.empty()) return;
  Block block;
  block.kind = BlockKind::Table;
  block.table = std::move(table);
  blocks_.push_back(std::move(block));
}

void Document::append(const Document& other) {
  blocks_.insert(blocks_.end(), other.blocks_.begin(), other.blocks_.end());
}

void Document::rewrite_links(const std::function<std::string(const std::string&)>& rewrite) {
  const auto spans = [&](Spans& list) {
    for (Span& span : list)
      if (!span.href.empty()) span.href = rewrite(span.href);
  };
  for (Block& block : blocks_) {
    spans(block.spans);
    for (Spans& item : block.items) spans(item);
    for (auto& row : block.table.rows)
      for (Spans& cell : row) spans(cell);
  }
}

}  // namespace painatlas
