public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVxlanPoolRemoteVtep``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVxlanPoolRemoteVtepExample = #"""
        {
          "inventory": {
            "uuid": "e77b676c20f292ecb977dc57ea47b053",
            "vtepIp": "vtepIp",
            "port": 1,
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "poolUuid": "c400d2973e78c90e94d9b616b828d50f"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVxlanPoolRemoteVtep(
        _ request: CreateVxlanPoolRemoteVtep.Request
    ) async throws -> CreateVxlanPoolRemoteVtep.Response {
        try Self.example(CreateVxlanPoolRemoteVtep.Response.self, json: Self.createVxlanPoolRemoteVtepExample)
    }
}
