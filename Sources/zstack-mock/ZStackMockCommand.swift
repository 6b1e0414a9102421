import ArgumentParser
import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import ServiceLifecycle
import UnixSignals
import ZStackMock
import ZStackServer

/// Serves the ZStack mock, which answers every endpoint with its documented response example.
@main
struct ZStackMockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zstack-mock",
        abstract: "Serve a mock ZStack Cloud REST API that answers every call with its documented example."
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "The log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("The port must be between 0 and 65535.")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("Unknown log level \"\(logLevel)\".")
        }
    }

    func run() async throws {
        var logger = Logger(label: "zstack-mock")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info

        let router = Router()
        try ZStackMockHandler().registerHandlers(on: router)

        let host = self.host
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "zstack-mock"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                // Unbuffered, so that a script reading the output sees the line at once.
                FileHandle.standardOutput.write(Data("zstack-mock listening on http://\(shownHost):\(port)\n".utf8))
            },
            logger: logger
        )
        let services = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [application],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        try await services.run()
    }
}
