public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CheckVipPortAvailability``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let checkVipPortAvailabilityExample = #"""
        {
          "available": true,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func checkVipPortAvailability(
        _ request: CheckVipPortAvailability.Request
    ) async throws -> CheckVipPortAvailability.Response {
        try Self.example(CheckVipPortAvailability.Response.self, json: Self.checkVipPortAvailabilityExample)
    }
}
