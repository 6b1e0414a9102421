public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetHostPowerStatus``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getHostPowerStatusExample = #"""
        {
          "inventory": {
            "uuid": "8fed3820b9087f7ea7a30a3506205188",
            "ipmiAddress": "ipmiAddress",
            "ipmiUsername": "ipmiUsername",
            "ipmiPort": 1,
            "ipmiPowerStatus": "ipmiPowerStatus"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getHostPowerStatus(
        _ request: GetHostPowerStatus.Request
    ) async throws -> GetHostPowerStatus.Response {
        try Self.example(GetHostPowerStatus.Response.self, json: Self.getHostPowerStatusExample)
    }
}
