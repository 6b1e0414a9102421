import FixtureAPI
import Foundation
import OpenAPIURLSession
import ZStackClient

/// A ZStack client of a loopback server that talks real HTTP through URLSession.
func zstackClient(_ server: URL, authorization: ZStackAuthorization? = .session("session-1")) -> ZStackClient {
    ZStackClient(
        serverURL: server,
        configuration: ZStackConfiguration(authorization: authorization),
        transport: URLSessionTransport()
    )
}

/// A fixture API client of a loopback server that polls quickly.
func fixtureClient(_ server: URL, authorization: FixtureAuthorization? = .session("session-1")) -> FixtureClient {
    FixtureClient(
        serverURL: server,
        configuration: FixtureConfiguration(
            authorization: authorization,
            polling: FixturePolling(interval: .milliseconds(20), timeout: .seconds(10))
        ),
        transport: URLSessionTransport()
    )
}
