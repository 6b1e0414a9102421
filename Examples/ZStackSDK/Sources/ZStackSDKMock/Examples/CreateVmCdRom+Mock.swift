public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVmCdRom``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVmCdRomExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "8e30633ecad055061c33ef00c580ab3c",
            "vmInstanceUuid": "dc9535ff3c7ac252c7598a28361c8a84",
            "deviceId": 1,
            "isoUuid": "e01863e22cc2a5f659353b326757e3cf",
            "isoInstallPath": "isoInstallPath",
            "name": "name",
            "description": "description",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVmCdRom(
        _ request: CreateVmCdRom.Request
    ) async throws -> CreateVmCdRom.Response {
        try Self.example(CreateVmCdRom.Response.self, json: Self.createVmCdRomExample)
    }
}
