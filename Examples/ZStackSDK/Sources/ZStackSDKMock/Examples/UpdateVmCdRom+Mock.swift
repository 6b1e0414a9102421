public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVmCdRom``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVmCdRomExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "63a113a3b18f9af3ddf4d40b558e24b2",
            "vmInstanceUuid": "69bdf985ac169867a26da22e7f3ff2c6",
            "deviceId": 1,
            "isoUuid": "3b1d40ce3df873f1223ce0b6c04cc018",
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
    public func updateVmCdRom(
        _ request: UpdateVmCdRom.Request
    ) async throws -> UpdateVmCdRom.Response {
        try Self.example(UpdateVmCdRom.Response.self, json: Self.updateVmCdRomExample)
    }
}
