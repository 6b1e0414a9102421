public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CheckIpAvailability``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let checkIpAvailabilityExample = #"""
        {
          "available": true,
          "reason": "reason",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func checkIpAvailability(
        _ request: CheckIpAvailability.Request
    ) async throws -> CheckIpAvailability.Response {
        try Self.example(CheckIpAvailability.Response.self, json: Self.checkIpAvailabilityExample)
    }
}
