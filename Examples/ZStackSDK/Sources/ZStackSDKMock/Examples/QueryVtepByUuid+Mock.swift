public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVtepByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVtepByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "f5a7cb3c06bd48fc85708466936df4a3",
              "hostUuid": "082e394265a9b8de6a5f3d0806f531ed",
              "vtepIp": "vtepIp",
              "port": 1,
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "poolUuid": "c96207d2a9832b7222623838eed72413"
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
    public func queryVtepByUuid(
        _ request: QueryVtepByUuid.Request
    ) async throws -> QueryVtepByUuid.Response {
        try Self.example(QueryVtepByUuid.Response.self, json: Self.queryVtepByUuidExample)
    }
}
