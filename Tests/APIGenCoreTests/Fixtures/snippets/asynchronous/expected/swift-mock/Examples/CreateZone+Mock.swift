public import ZStackClient

nonisolated extension ZStackMockHandler {
    /// The documented response example of ``CreateZone``.
    static let createZoneExample = #"""
        {
          "inventory": {
            "uuid": "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b",
            "createDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createZone(
        _ request: CreateZone.Request
    ) async throws -> CreateZone.Response {
        try Self.example(CreateZone.Response.self, json: Self.createZoneExample)
    }
}
