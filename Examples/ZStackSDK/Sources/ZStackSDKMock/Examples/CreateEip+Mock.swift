public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateEip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createEipExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "033a2da57d44089879cb3523000bcc4d",
            "name": "name",
            "description": "description",
            "vmNicUuid": "90eff68aaca4595ec4ba44f5b5b2b8ef",
            "vipUuid": "3c329d00375aba52b9f9e497d14cb4bd",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vipIp": "vipIp",
            "guestIp": "guestIp"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createEip(
        _ request: CreateEip.Request
    ) async throws -> CreateEip.Response {
        try Self.example(CreateEip.Response.self, json: Self.createEipExample)
    }
}
