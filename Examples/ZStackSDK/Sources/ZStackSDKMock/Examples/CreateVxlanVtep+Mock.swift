public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVxlanVtep``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVxlanVtepExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "2547739d5e253986acaf19ba6c4478f8",
            "hostUuid": "15c4d4b0d71cc71043d593be3977e900",
            "vtepIp": "vtepIp",
            "port": 1,
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "poolUuid": "e921cbed14bee98c4dbb252a14e5e817"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVxlanVtep(
        _ request: CreateVxlanVtep.Request
    ) async throws -> CreateVxlanVtep.Response {
        try Self.example(CreateVxlanVtep.Response.self, json: Self.createVxlanVtepExample)
    }
}
