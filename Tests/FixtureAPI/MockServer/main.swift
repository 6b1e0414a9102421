import FixtureMock
import FixtureServer
import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import ServiceLifecycle
import UnixSignals

// Serves the fixture API's generated mock through its generated server on 127.0.0.1, for
// scripts/schemathesis-check.sh: `fixture-mock [port]` (0 picks a free port).
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 1, let port = Int(arguments.first ?? "0"), (0...65_535).contains(port) else {
    FileHandle.standardError.write(Data("usage: fixture-mock [port]\n".utf8))
    exit(2)
}
var logger = Logger(label: "fixture-mock")
logger.logLevel = .notice
let router = Router()
try FixtureMockHandler().registerHandlers(on: router)
let application = Application(
    router: router,
    configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: "fixture-mock"),
    onServerRunning: { channel in
        FileHandle.standardOutput.write(Data("fixture-mock listening on http://127.0.0.1:\(channel.localAddress?.port ?? 0)\n".utf8))
    },
    logger: logger
)
let services = ServiceGroup(
    configuration: ServiceGroupConfiguration(services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
)
try await services.run()
