/**
 * Word lists for language detection on short inputs, where trigram statistics (franc) are weak.
 * Data only; detect/index.ts reads it.
 */

/** Common English words and the genre's vocabulary (lowercase). */
export const EN_WORDS = new Set(
  `a about above according after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just me more
most my no nor not now of off on once only or other our ours out over own same she should so some
such than that the their theirs them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours
said says say told spoke speaking met meet meeting held hold chaired chair attended attend reported
report reports announced issued issue issues signed approved adopted directed direct implement
implemented implementing implementation continue continued focus focused ensure ensuring propose
proposed request requested requests must new first second third last next year years month months
day days today tomorrow yesterday week time period term people province provinces provincial city
cities district districts commune communes ward wards town towns village villages unit units level
levels administrative party parties committee committees secretary secretaries deputy standing
permanent vice chairman chairwoman chairperson president prime minister ministry ministries member
members comrade comrades mr ms mrs general major colonel lieutenant resolution resolutions
conclusion conclusions directive directives decision decisions decree decrees circular circulars
regulation regulations plan plans guidance notice law laws project projects program programme
submission document documents official letter national assembly government central politburo
secretariat conference congress session delegation delegates council councils commission
commissions steering front fatherland organization organizations organisation apparatus system
political local model merger merge merged merging rearrange rearranged rearrangement arrangement
streamlining streamline reduction reduce reduced including include total public security army
police military economic economy growth digital transformation science technology innovation
work task tasks result results difficulties problems recommended recommend leaders leadership
state central's inspection propaganda mass mobilization news newspaper according accordingly
therefore however although because while well many much several number numbers per percent cent
billion million thousand hundred two three four five six seven eight nine ten one key main
activities activity operation operations operate operating trial pilot officially under above
house weather rain rained market morning evening night home family children school students
teacher hospital doctor water road roads bridge built build building construction expressway
investment investors business businesses companies company export exports rice farmers farm
visited visit visitors tourism tourist opened open closed close will shall may might announced
vietnam vietnamese hanoi left right speech opening closing ceremony
north south east west northern southern mountainous border`.split(/\s+/),
);

/**
 * Vietnamese syllables written without diacritics, as names and places appear in English text
 * ("comrade Vu Manh Ha", "Son La"). Neutral evidence: neither English nor another language.
 */
export const VI_ASCII_SYLLABLES = new Set(
  `nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly tong lo luong ha trieu
dinh doan lam mai cao chu luu ta quach giang hua thai van thi manh hoai trung hong tuyen thanh hai
huong lai chau son la hoa binh moc muong minh chinh quoc tuan anh hung dung cuong duc tien thuy
thu phuong lan linh nga nhung oanh xuan thu ngoc khanh khang long nam bac bich dao diep giap hau
hieu hien hoan hue hung huy kien kim loc loan luan mien my nghia nhan nhat phong phuc quang quy
sang sinh tam tan thang thao thinh tho thuan toan tri trinh trong truong tu tung uyen viet vinh
xuyen yen pao giang ninh dien bien tuyen quang nghe tinh thua thien hue nang kon tum gia lang dak
lak nong tay kien giang tho cau vung tau dong thap khanh can phu yen kho ngai soc trang tra bac
lieu ca mau hau an hung yen hoa thai cao bang lang son ha giang lao cai yen bai dien bien`.split(
    /\s+/,
  ),
);

/**
 * Common Vietnamese words written only with letters other languages share (à, ô, ì ...), so
 * VI_ONLY misses them: "IP nameserver của tôi là gì?".
 */
export const VI_WORDS = new Set(
  `là có tôi gì cái nhà bà ông thì mà nào này khi trên về sau nên hay vì nay đó rồi cũng vào ra lên
làm nói biết cần còn như theo hơn mới cùng giá chỉ tên thế sao bao giờ em anh chị mình họ chúng`.split(/\s+/),
);
