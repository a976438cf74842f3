// Search box. Namespace "search".
export const searchStrings = {
  en: {
    label: 'Search',
    placeholder: 'Search deposits, crossings, corridors, events…',
    results: 'Search results',
    none: 'No match for “{{query}}”. Try another spelling or language.',
    count_one: '{{count}} result',
    count_other: '{{count}} results',
    clear: 'Clear search',
    hint: 'English, Монгол or 한국어',
  },
  ko: {
    label: '검색',
    placeholder: '광상, 국경 통과소, 회랑, 사건 검색…',
    results: '검색 결과',
    none: '“{{query}}”에 맞는 결과가 없습니다. 다른 철자나 언어로 찾아 보세요.',
    count_one: '결과 {{count}}개',
    count_other: '결과 {{count}}개',
    clear: '검색어 지우기',
    hint: 'English, Монгол 또는 한국어',
  },
  mn: {
    label: 'Хайх',
    placeholder: 'Орд, боомт, коридор, үйл явдал хайх…',
    results: 'Хайлтын үр дүн',
    none: '“{{query}}”-д тохирох зүйл олдсонгүй. Өөр бичлэг эсвэл хэлээр оролдоно уу.',
    count_one: '{{count}} үр дүн',
    count_other: '{{count}} үр дүн',
    clear: 'Хайлтыг цэвэрлэх',
    hint: 'English, Монгол эсвэл 한국어',
  },
};
