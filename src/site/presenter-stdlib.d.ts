// Framework's standard library, as the presenter module uses it (Framework resolves it at build).
declare module "observablehq:stdlib" {
  export function FileAttachment(name: string): {json(): Promise<unknown>; text(): Promise<string>};
}
