public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVipAvailablePort``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVipAvailablePortExample = #"""
        {
          "availablePort": [
            1
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVipAvailablePort(
        _ request: GetVipAvailablePort.Request
    ) async throws -> GetVipAvailablePort.Response {
        try Self.example(GetVipAvailablePort.Response.self, json: Self.getVipAvailablePortExample)
    }
}
