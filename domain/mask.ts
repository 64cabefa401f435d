/** 个人信息保护: lists and exports show only masked phone and ID numbers. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function maskIdNumber(id: string): string {
  return id.length >= 8 ? `${id.slice(0, 4)}**********${id.slice(-4)}` : '****';
}
