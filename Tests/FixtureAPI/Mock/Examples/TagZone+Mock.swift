public import FixtureAPI

nonisolated extension FixtureMockHandler {
    /// The documented response example of ``TagZone``.
    static let tagZoneExample = #"""
        {
          "inventory": {
            "uuid": "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b",
            "name": "zone-1"
          }
        }
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func tagZone(
        _ request: TagZone.Request
    ) async throws -> TagZone.Response {
        try Self.example(TagZone.Response.self, json: Self.tagZoneExample)
    }
}
