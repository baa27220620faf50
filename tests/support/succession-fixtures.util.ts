import { decisionText } from '../integration/tenure/tenure-scenarios.util';

/**
 * Invented notices of two bureaus whose heads' succession is known: the forestry bureau's head
 * 韦青山 appointed, then removed; the seat empty three months; 牛晓风 acting, then appointed head
 * (probation a year); 褚远帆 appointed (牛晓风's end inferred); 褚远帆 removed, the seat empty since.
 * The water bureau's head 葛长河 is known only from his removal (an unknown start); 牛晓风 heads it
 * after. A deputy is a seat of several, never a vacancy.
 */
const GOV = '柏川市人民政府';
export const SUCCESSION_NOTICES = [
  decisionText(GOV, '柏政任〔2015〕3号', '2015-03-02', ['任命韦青山为柏川市林业局局长；', '任命钟小禾为柏川市林业局副局长。']),
  decisionText(GOV, '柏政任〔2018〕7号', '2018-06-01', ['免去韦青山的柏川市林业局局长职务。']),
  decisionText(GOV, '柏政任〔2018〕12号', '2018-09-03', ['决定牛晓风代理柏川市林业局局长职务。']),
  decisionText(GOV, '柏政任〔2019〕2号', '2019-04-01', ['任命牛晓风为柏川市林业局局长（试用期一年）。']),
  decisionText(GOV, '柏政任〔2020〕4号', '2020-05-01', ['免去葛长河的柏川市水务局局长职务。']),
  decisionText(GOV, '柏政任〔2021〕5号', '2021-07-01', ['任命褚远帆为柏川市林业局局长；', '任命牛晓风为柏川市水务局局长。']),
  decisionText(GOV, '柏政任〔2023〕1号', '2023-02-01', ['免去褚远帆的柏川市林业局局长职务。']),
];
