public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVtep``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVtepExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "9081b564fbceddd4703bc0e82b4c4474",
              "hostUuid": "6c9bd736c77fae32119fc61ff0ec3f88",
              "vtepIp": "vtepIp",
              "port": 1,
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "poolUuid": "f8ce232a69783b56e92d027bac6741e4"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVtep(
        _ request: QueryVtep.Request
    ) async throws -> QueryVtep.Response {
        try Self.example(QueryVtep.Response.self, json: Self.queryVtepExample)
    }
}
