public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmDeviceAddress``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmDeviceAddressExample = #"""
        {
          "addresses": {
            "key": [
              {}
            ]
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmDeviceAddress(
        _ request: GetVmDeviceAddress.Request
    ) async throws -> GetVmDeviceAddress.Response {
        try Self.example(GetVmDeviceAddress.Response.self, json: Self.getVmDeviceAddressExample)
    }
}
