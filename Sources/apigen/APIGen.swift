import APIGenCore
import ArgumentParser

@main
struct APIGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apigen",
        abstract: "Turns API documentation, transcribed as YAML endpoint specs, into Swift clients, server stubs and Markdown docs.",
        version: APIGenVersion.current,
        subcommands: [Validate.self, Generate.self, Import.self, Diff.self])
}
