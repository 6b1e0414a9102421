public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetPlatformTimeZone``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getPlatformTimeZoneExample = #"""
        {
          "timezone": "timezone",
          "offset": "offset",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getPlatformTimeZone(
        _ request: GetPlatformTimeZone.Request
    ) async throws -> GetPlatformTimeZone.Response {
        try Self.example(GetPlatformTimeZone.Response.self, json: Self.getPlatformTimeZoneExample)
    }
}
