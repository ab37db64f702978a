export { ChartFrame, type ChartFrameProps } from './ChartFrame';
export { downloadCsv, downloadPng, exportFileName, svgToPng, toCsv, type ChartColumn } from './chart-export';
