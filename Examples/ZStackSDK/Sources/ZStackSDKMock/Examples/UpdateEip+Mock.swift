public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateEip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateEipExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "5ab1c6965db6c6e54864c55c5826db93",
            "name": "name",
            "description": "description",
            "vmNicUuid": "c35b8b95414254452c0970e77224569b",
            "vipUuid": "e914fdbfd8ec1a31d9344296a6a04c60",
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
    public func updateEip(
        _ request: UpdateEip.Request
    ) async throws -> UpdateEip.Response {
        try Self.example(UpdateEip.Response.self, json: Self.updateEipExample)
    }
}
