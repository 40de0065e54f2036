/**
 * The Chinese numerals one to ten as the project reads them in reps' words ("两周", "第三次", "五千件"): one table for the
 * FAQ's question reader, the reminders' date reader and the listing's prose reader.
 */
export const HAN_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
