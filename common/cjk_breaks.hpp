#pragma once
// Where a line may break in text without spaces. Chinese (and Japanese) is written without
// spaces: a line may break between any two of its characters, except before closing and after
// opening punctuation. The kiosk's text wrap and the certificate PDFs both break by these rules.

namespace signaal::cjk {

// CJK ideographs, radicals, kana, CJK punctuation and full-width forms.
bool is_cjk(char32_t c);
// May a line break between prev and c when no space separates them?
bool may_break_between(char32_t prev, char32_t c);

}  // namespace signaal::cjk
