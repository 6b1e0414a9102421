public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmInstanceDefaultCdRom``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmInstanceDefaultCdRomExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "5790235d1c8fdb6873c7a934bb62e0b5",
            "vmInstanceUuid": "fb56b6f4db677f447501e6382aa473df",
            "deviceId": 1,
            "isoUuid": "c89211f305976890658ae4710db7b3a5",
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
    public func setVmInstanceDefaultCdRom(
        _ request: SetVmInstanceDefaultCdRom.Request
    ) async throws -> SetVmInstanceDefaultCdRom.Response {
        try Self.example(SetVmInstanceDefaultCdRom.Response.self, json: Self.setVmInstanceDefaultCdRomExample)
    }
}
